package io.mellchat.classifier.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.classifier.Category;
import io.mellchat.classifier.ChatClassifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards the committed model against bad regressions on the hand-written hard cases (lines that no
 * template produced and that training never saw) and on the held-out hand-written chat lines. The
 * bar is deliberately below the current figures (see the trainer's report) so that only a real
 * regression fails.
 */
class HardSetRegressionTest {
    @Test
    void committedModelKeepsQuestionF1OnTheHardCases() throws Exception {
        Evaluation e =
                assertQuestionF1(Corpus.readDirectory(Path.of("corpus/hard")), "hard", 0.75, 0.7);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.75);
    }

    /** The same for the chat of topics no trained line covers (never trained on). */
    @Test
    void committedModelKeepsQuestionF1OnTheUnseenTopics() throws Exception {
        List<Example> unseen = Corpus.readDirectory(Path.of("corpus/unseen"));
        assertThat(unseen).hasSizeGreaterThan(2_000);
        assertQuestionF1(unseen, "unseen topics", 0.85, 0.78);
    }

    /** The same for the hand-written chat lines the trainer holds out (seed 17, a fifth). */
    @Test
    void committedModelKeepsQuestionF1OnTheHeldOutChatLines() throws Exception {
        List<Example> heldOut =
                Corpus.readDirectory(Path.of("corpus/chat")).stream()
                        .filter(e -> Split.heldOut(e.group(), 17L, 0.2))
                        .toList();
        assertThat(heldOut).hasSizeGreaterThan(1_500);
        assertQuestionF1(heldOut, "held-out chat lines", 0.85, 0.81);
    }

    /**
     * The committed model's question F1 on {@code lines}: at least {@code all}, and per language.
     */
    private static Evaluation assertQuestionF1(
            List<Example> lines, String title, double all, double perLanguage) {
        Evaluation e = Trainer.evaluate(ChatClassifier.load(), lines, title);
        assertThat(e.scores(Category.QUESTION).f1()).as(e.report()).isGreaterThanOrEqualTo(all);
        for (String lang : e.languages()) {
            assertThat(e.scores(lang, Category.QUESTION).f1())
                    .as(lang + "\n" + e.report())
                    .isGreaterThanOrEqualTo(perLanguage);
        }
        return e;
    }
}
