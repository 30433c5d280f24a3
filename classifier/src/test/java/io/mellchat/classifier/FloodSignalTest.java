package io.mellchat.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FloodSignalTest {
    private static String n(String s) {
        return TextNormalizer.normalize(s);
    }

    @Test
    void theThirdCopyIsAFlood() {
        String line = n("follow my channel pls");
        assertThat(FloodSignal.isRepeatFlood(List.of(), line)).isFalse();
        assertThat(FloodSignal.isRepeatFlood(List.of(line), line)).isFalse();
        assertThat(FloodSignal.isRepeatFlood(List.of(line, n("hi")), line)).isFalse();
        assertThat(FloodSignal.isRepeatFlood(List.of(line, n("hi"), line), line)).isTrue();
    }

    @Test
    void nearCopiesCount() {
        List<String> prev = List.of(n("FOLLOW MY CHANNEL PLS!!"), n("follow my channel plss"));
        assertThat(FloodSignal.isRepeatFlood(prev, n("follow my channel pls KEKW"))).isTrue();
        assertThat(FloodSignal.isRepeatFlood(prev, n("what game is this"))).isFalse();
    }

    @Test
    void linesWithoutWordsNeverCount() {
        assertThat(FloodSignal.isRepeatFlood(List.of("", ""), "")).isFalse();
    }
}
