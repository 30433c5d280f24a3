package io.mellchat.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.classifier.ClassifierException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @Test
    void roundTripsWeightsAndThreshold(@TempDir Path dir) throws Exception {
        double[] w = new double[QuestionFeatures.DIMENSION + 1];
        w[3] = 1.25;
        w[QuestionFeatures.CUES + 77] = -0.5;
        w[QuestionFeatures.DIMENSION] = -0.75; // bias
        QuestionModel m = QuestionModel.fromWeights(w, 0.42, 2.0, "test model");
        Path file = dir.resolve("m.bin");
        ModelFile.write(m, file);
        QuestionModel back = ModelFile.read(file);
        assertThat(back.threshold()).isEqualTo(0.42);
        assertThat(back.lambda()).isEqualTo(2.0);
        assertThat(back.description()).isEqualTo("test model");
        assertThat(back.weights()[3]).isEqualTo(1.25);
        assertThat(back.weights()[QuestionFeatures.CUES + 77]).isEqualTo(-0.5);
        assertThat(back.weights()[QuestionFeatures.DIMENSION]).isEqualTo(-0.75);
        int[] x = new int[] {3, QuestionFeatures.PAD, QuestionFeatures.PAD};
        assertThat(back.probability(x)).isCloseTo(1 / (1 + Math.exp(-0.5)), within());
    }

    @Test
    void bundledModelIsSmallAndLoadsFast() throws Exception {
        try (InputStream in = ModelFile.class.getResourceAsStream(ModelFile.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(3 * 1024 * 1024);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            QuestionModel m = ModelFile.readResource();
            best = Math.min(best, System.nanoTime() - t0);
            assertThat(m.threshold()).isBetween(0.05, 0.95);
        }
        assertThat(best / 1_000_000).as("load time in ms").isLessThan(1_000);
    }

    @Test
    void refusesOtherFilesWithAClearMessage() throws Exception {
        assertThatThrownBy(() -> ModelFile.read(gzip(new byte[] {1, 2, 3, 4, 0, 0, 0, 0}), "x"))
                .isInstanceOf(ClassifierException.class)
                .hasMessageContaining("not a MellChat question model");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (var out = new java.io.DataOutputStream(new GZIPOutputStream(b))) {
            out.writeInt(0x4D43514D);
            out.writeInt(1);
            out.writeInt(QuestionFeatures.VERSION + 1);
            out.writeInt(QuestionFeatures.DIMENSION);
        }
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(b.toByteArray()), "old"))
                .isInstanceOf(ClassifierException.class)
                .hasMessageContaining("retrain");
        assertThatThrownBy(() -> ModelFile.read(Path.of("does/not/exist.bin")))
                .isInstanceOf(ClassifierException.class)
                .hasMessageContaining("exist.bin");
        assertThat(Files.exists(Path.of("does"))).isFalse();
    }

    private static ByteArrayInputStream gzip(byte[] raw) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(raw);
        }
        return new ByteArrayInputStream(b.toByteArray());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }
}
