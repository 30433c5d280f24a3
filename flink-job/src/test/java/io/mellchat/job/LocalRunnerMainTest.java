package io.mellchat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ./mellchat run}'s job half started with settings that cannot work. */
class LocalRunnerMainTest {

    private static Process start(String... env) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb =
                new ProcessBuilder(
                                List.of(
                                        java.toString(),
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        LocalRunner.class.getName(),
                                        "--fresh"))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        return pb.start();
    }

    @Test
    void aPostgresqlThatCannotBeReachedIsOneLineNotAStackTrace() throws Exception {
        Process p = start("MELLCHAT_PG_URL", "jdbc:postgresql://127.0.0.1:1/mellchat");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("mellchat: ").doesNotContain("Exception in thread");
    }
}
