package io.mellchat.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.classifier.train.SimilarityTuner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionSimilarityTest {
    private final QuestionSimilarity sim = QuestionSimilarity.standard();

    private double similarity(String a, String b) {
        return sim.similarity(sim.signature(a), sim.signature(b));
    }

    @Test
    void mergesParaphrasesAndKeepsDifferentQuestionsApart() {
        assertThat(similarity("what mouse do you use?", "@mell which mouse are you using"))
                .isGreaterThanOrEqualTo(QuestionSimilarity.RECOMMENDED_THRESHOLD);
        assertThat(similarity("какая у тебя мышка", "что за мышка?"))
                .isGreaterThanOrEqualTo(QuestionSimilarity.RECOMMENDED_THRESHOLD);
        assertThat(similarity("what mouse do you use", "what keyboard do you use"))
                .isLessThan(QuestionSimilarity.RECOMMENDED_THRESHOLD);
        assertThat(similarity("wie alt bist du", "wie groß bist du"))
                .isLessThan(QuestionSimilarity.RECOMMENDED_THRESHOLD);
        assertThat(similarity("what game is this", "what game is this")).isEqualTo(1.0);
    }

    @Test
    void recommendedThresholdHoldsOnTheParaphrasePairs() throws Exception {
        List<SimilarityTuner.Pair> pairs =
                SimilarityTuner.read(Path.of("corpus/similarity/paraphrases.tsv"));
        assertThat(pairs).hasSizeGreaterThan(60);
        double[] prf =
                SimilarityTuner.score(
                        pairs,
                        QuestionSimilarity.RECOMMENDED_THRESHOLD,
                        p -> similarity(p.a(), p.b()));
        assertThat(prf[0]).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(prf[1]).as("recall").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void signaturesAreBoundedAndWordlessLinesMatchNothing() {
        assertThat(sim.signature("x".repeat(10_000))).hasSize(QuestionSimilarity.DEFAULT_HASHES);
        assertThat(similarity("KEKW", "KEKW")).isZero();
        assertThat(similarity("", "")).isZero();
        assertThatThrownBy(() -> sim.similarity(new int[3], new int[64]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void estimateTracksExactJaccard() {
        QuestionSimilarity big = new QuestionSimilarity(512);
        String a = "how many hours do you have in elden ring";
        String b = "how many hours in elden ring";
        assertThat(big.similarity(big.signature(a), big.signature(b)))
                .isCloseTo(big.exactSimilarity(a, b), org.assertj.core.data.Offset.offset(0.08));
    }

    @Test
    void comparesWithASignatureStoredAmongOthers() {
        QuestionSimilarity q = QuestionSimilarity.standard();
        int[] a = q.signature("what song is this?");
        int[] b = q.signature("which graphics card do you use");
        int[] many = new int[a.length * 2];
        System.arraycopy(b, 0, many, 0, b.length);
        System.arraycopy(a, 0, many, a.length, a.length);
        org.assertj.core.api.Assertions.assertThat(q.similarity(a, many, a.length)).isEqualTo(1.0);
        org.assertj.core.api.Assertions.assertThat(q.similarity(a, many, 0))
                .isEqualTo(q.similarity(a, b));
    }
}
