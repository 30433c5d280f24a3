package io.mellchat.serving.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServingConfigTest {
    @Test
    void defaultsFromProductSpec() {
        ServingConfig c = ServingConfig.fromEnv(Map.of("HOME", "/home/x"));
        assertThat(c.pg().url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/mellchat");
        assertThat(c.pg().user()).isEqualTo("postgres");
        assertThat(c.redisUrl().toString()).isEqualTo("redis://127.0.0.1:6379");
        assertThat(c.httpPort()).isEqualTo(8080);
        assertThat(c.jwtSecret()).isEmpty();
        assertThat(c.corsOrigins()).isEmpty();
        assertThat(c.tlsKeystore()).isEmpty();
        assertThat(c.limits().viewerTokensPerAddress()).isEqualTo(10);
    }

    @Test
    void dataDirFollowsXdg() {
        assertThat(ServingConfig.dataDir(Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/mellchat"));
        assertThat(
                        ServingConfig.dataDir(
                                Map.of("MELLCHAT_DATA_DIR", "/x", "XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/x"));
    }

    @Test
    void badValuesNameTheVariable() {
        assertThatThrownBy(() -> ServingConfig.fromEnv(Map.of("MELLCHAT_HTTP_PORT", "eighty")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("MELLCHAT_HTTP_PORT");
        assertThatThrownBy(
                        () -> ServingConfig.fromEnv(Map.of("MELLCHAT_REDIS_URL", "localhost:6379")))
                .hasMessageStartingWith("MELLCHAT_REDIS_URL");
        assertThatThrownBy(() -> ServingConfig.fromEnv(Map.of("MELLCHAT_PG_URL", "postgres://x/y")))
                .hasMessageContaining("MELLCHAT_PG_URL");
        assertThatThrownBy(() -> ServingConfig.fromEnv(Map.of("MELLCHAT_JWT_SECRET", "too-short")))
                .hasMessageStartingWith("MELLCHAT_JWT_SECRET");
        assertThatThrownBy(
                        () ->
                                ServingConfig.fromEnv(
                                        Map.of("MELLCHAT_TLS_KEYSTORE", "/nonexistent.p12")))
                .hasMessageStartingWith("MELLCHAT_TLS_KEYSTORE");
        assertThatThrownBy(
                        () -> ServingConfig.fromEnv(Map.of("MELLCHAT_CORS_ORIGINS", "example.com")))
                .hasMessageStartingWith("MELLCHAT_CORS_ORIGINS");
        assertThatThrownBy(() -> ServingConfig.fromEnv(Map.of("MELLCHAT_ACCESS_LOG", "perhaps")))
                .hasMessageStartingWith("MELLCHAT_ACCESS_LOG");
    }

    @Test
    void corsOriginsAreAList() {
        ServingConfig c =
                ServingConfig.fromEnv(
                        Map.of(
                                "MELLCHAT_CORS_ORIGINS",
                                "https://a.example, http://localhost:5173"));
        assertThat(c.corsOrigins()).containsExactly("https://a.example", "http://localhost:5173");
    }
}
