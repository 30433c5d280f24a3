package io.mellchat.classifier.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.classifier.Category;
import io.mellchat.classifier.ChatClassifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    private static final String[] THINGS = {
        "mouse", "keyboard", "headset", "monitor", "chair", "mic", "webcam", "desk", "gpu", "cpu"
    };

    @Test
    void trainsATinyCorpusWritesTheModelAndEvaluates(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<String> lines = new ArrayList<>();
        lines.add("# tiny corpus");
        for (String t : THINGS) {
            lines.add("question\twhat " + t + " do you use");
            lines.add("question\twhich " + t + " is that?");
            lines.add("question\thow much was your " + t);
            lines.add("general\tmy " + t + " is broken lol");
            lines.add("general\tnice " + t + " bro");
            lines.add("general\ti need a new " + t);
        }
        lines.add("command\t!uptime");
        lines.add("greeting\thi chat");
        Files.write(corpus.resolve("en.tsv"), lines, StandardCharsets.UTF_8);
        Path hard = Files.createDirectories(dir.resolve("hard"));
        Files.write(
                hard.resolve("en.tsv"),
                List.of("question\twhat lamp do you use", "general\tmy lamp is broken"),
                StandardCharsets.UTF_8);
        Path unseen = Files.createDirectories(dir.resolve("unseen"));
        Files.write(
                unseen.resolve("en.tsv"),
                List.of(
                        "question\twhat telescope do you use",
                        "general\tmy telescope is broken",
                        "command\t!scope"),
                StandardCharsets.UTF_8);
        Path chat = Files.createDirectories(dir.resolve("chat"));
        List<String> chatLines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            chatLines.add("question\tis stream " + i + " on tomorrow");
            chatLines.add("general\tstream " + i + " was great");
        }
        Files.write(chat.resolve("en.tsv"), chatLines, StandardCharsets.UTF_8);
        Path out = dir.resolve("model/q.bin");

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Trainer.Result r =
                Trainer.run(
                        new Trainer.Options(
                                corpus,
                                Optional.of(chat),
                                Optional.of(hard),
                                Optional.of(unseen),
                                out,
                                3L,
                                0.2,
                                new double[] {1.0}),
                        new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(out).exists();
        ChatClassifier c = ChatClassifier.load(out);
        assertThat(c.classify("what webcam do you use").category()).isEqualTo(Category.QUESTION);
        assertThat(c.classify("my webcam is broken lol").category()).isEqualTo(Category.GENERAL);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("wrote").contains("λ=1.00");
        assertThat(r.heldOut().total()).isPositive();
        // a fifth of the 80 hand-written lines is held out, line by line; the rest is trained on
        assertThat(r.chat()).isPresent();
        assertThat(r.chat().get().total()).isBetween(5L, 30L);
        // 62 template lines minus those held out, and each trained chat line three times
        long train = 62 - r.heldOut().total() + 3 * (80 - r.chat().get().total());
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("train " + train + " (")
                .contains(
                        "held out "
                                + r.heldOut().total()
                                + " + "
                                + r.chat().get().total()
                                + " hand-written");
        assertThat(r.hard()).isPresent();
        assertThat(r.hard().get().total()).isEqualTo(2);
        assertThat(r.hard().get().report())
                .contains("question detection per language")
                .contains("per category")
                .contains("en");
        // the chat of unseen topics is evaluated whole and never trained on
        assertThat(r.unseen()).isPresent();
        assertThat(r.unseen().get().total()).isEqualTo(3);
        assertThat(r.unseen().get().report()).contains("unseen topics");
    }

    @Test
    void splitIsDeterministicAndKeepsGroupsTogether() {
        int held = 0;
        for (int i = 0; i < 10_000; i++) {
            String g = "en.tpl:" + i;
            boolean h = Split.heldOut(g, 17L, 0.2);
            assertThat(Split.heldOut(g, 17L, 0.2)).isEqualTo(h);
            held += h ? 1 : 0;
        }
        assertThat(held).isBetween(1_800, 2_200);
    }
}
