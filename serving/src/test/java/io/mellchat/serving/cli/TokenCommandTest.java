package io.mellchat.serving.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.serving.auth.Jwt;
import io.mellchat.serving.auth.JwtSecret;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {
    @TempDir Path dir;

    @Test
    void generatesTheSecretOnceOwnerOnlyAndSignsWithIt() throws Exception {
        Map<String, String> env = Map.of("MELLCHAT_DATA_DIR", dir.toString());
        String token =
                TokenCommand.run(
                        new String[] {"--role", "moderator", "--subject", "alice", "--ttl", "30m"},
                        env);
        Path file = dir.resolve(JwtSecret.FILE_NAME);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        byte[] secret = JwtSecret.resolve(Optional.empty(), dir);
        Principal p = new Jwt(secret).verify(token);
        assertThat(p.actor()).isEqualTo("moderator:alice");
        // the same secret next time (the server reads the same file)
        String again = TokenCommand.run(new String[] {"--role", "admin"}, env);
        assertThat(new Jwt(JwtSecret.resolve(Optional.empty(), dir)).verify(again).subject())
                .isEqualTo("admin");
        assertThat(Files.readString(file).trim())
                .isEqualTo(new String(secret, StandardCharsets.UTF_8));
    }

    @Test
    void usesTheConfiguredSecretWhenSet() {
        String secret = "a-configured-secret-that-is-long-enough-1234";
        String token =
                TokenCommand.run(
                        new String[] {"--role", "viewer"},
                        Map.of("MELLCHAT_JWT_SECRET", secret, "MELLCHAT_DATA_DIR", dir.toString()));
        assertThat(new Jwt(secret.getBytes(StandardCharsets.UTF_8)).verify(token).role())
                .isEqualTo(Role.VIEWER);
        assertThat(dir.resolve(JwtSecret.FILE_NAME)).doesNotExist();
        assertThatThrownBy(
                        () ->
                                TokenCommand.run(
                                        new String[] {"--role", "viewer"},
                                        Map.of("MELLCHAT_JWT_SECRET", "short")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("MELLCHAT_JWT_SECRET");
    }

    @Test
    void parsesDurationsAndRejectsBadArguments() {
        assertThat(TokenCommand.ttl("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(TokenCommand.ttl("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(TokenCommand.ttl("7d")).isEqualTo(Duration.ofDays(7));
        Map<String, String> env = Map.of("MELLCHAT_DATA_DIR", dir.toString());
        assertThatThrownBy(() -> TokenCommand.run(new String[] {}, env))
                .hasMessageContaining("--role");
        assertThatThrownBy(() -> TokenCommand.run(new String[] {"--role", "root"}, env))
                .hasMessageContaining("root");
        assertThatThrownBy(
                        () ->
                                TokenCommand.run(
                                        new String[] {"--role", "admin", "--ttl", "1y"}, env))
                .hasMessageContaining("--ttl");
        assertThatThrownBy(() -> TokenCommand.run(new String[] {"--role"}, env))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(
                        () ->
                                TokenCommand.run(
                                        new String[] {"--role", "admin", "--subject", "a b"}, env))
                .hasMessageContaining("--subject");
        assertThatThrownBy(() -> TokenCommand.run(new String[] {"--verbose"}, env))
                .hasMessageContaining("unknown argument");
    }
}
