package io.mellchat.classifier.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.classifier.Category;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    @Test
    void computesPrecisionRecallAndF1PerLanguageAndCategory() {
        Evaluation e = new Evaluation("unit");
        e.add("en", Category.QUESTION, Category.QUESTION, "a");
        e.add("en", Category.QUESTION, Category.QUESTION, "b");
        e.add("en", Category.QUESTION, Category.GENERAL, "c");
        e.add("en", Category.GENERAL, Category.QUESTION, "d");
        e.add("ru", Category.GENERAL, Category.GENERAL, "e");
        e.add("ru", Category.COMMAND, Category.COMMAND, "f");

        Evaluation.Scores q = e.scores(Category.QUESTION);
        assertThat(q.precision()).isCloseTo(2.0 / 3, Offset.offset(1e-9));
        assertThat(q.recall()).isCloseTo(2.0 / 3, Offset.offset(1e-9));
        assertThat(q.f1()).isCloseTo(2.0 / 3, Offset.offset(1e-9));
        assertThat(e.scores("ru", Category.QUESTION).support()).isZero();
        assertThat(e.scores("ru", Category.COMMAND).f1()).isEqualTo(1.0);
        assertThat(e.accuracy()).isCloseTo(4.0 / 6, Offset.offset(1e-9));
        assertThat(e.errors())
                .containsExactly("en\tquestion -> general\tc", "en\tgeneral -> question\td");
        assertThat(e.languages()).containsExactly("en", "ru");

        String report = e.report();
        assertThat(report)
                .contains("== unit (6 lines)")
                .contains("  en       0.667   0.667   0.667       3    0.500")
                .contains("  question      0.667   0.667   0.667       3")
                .contains("emote_only");
        assertThat(report.lines().filter(l -> l.startsWith("  ru")).toList()).hasSize(2);
    }
}
