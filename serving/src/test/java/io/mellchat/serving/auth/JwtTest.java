package io.mellchat.serving.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtTest {
    private static final byte[] SECRET =
            "0123456789abcdef0123456789abcdef-test".getBytes(StandardCharsets.UTF_8);
    private final Jwt jwt = new Jwt(SECRET);

    @Test
    void signsAndVerifiesRoleAndSubject() {
        Principal p = jwt.verify(jwt.sign("alice", Role.MODERATOR, Duration.ofMinutes(5)));
        assertThat(p.subject()).isEqualTo("alice");
        assertThat(p.role()).isEqualTo(Role.MODERATOR);
        assertThat(p.actor()).isEqualTo("moderator:alice");
    }

    @Test
    void rejectsExpiredTokensAfterALittleLeeway() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        Jwt signer = new Jwt(SECRET, Clock.fixed(now, ZoneOffset.UTC));
        String token = signer.sign("bob", Role.VIEWER, Duration.ofMinutes(1));
        assertThat(
                        new Jwt(SECRET, Clock.fixed(now.plusSeconds(80), ZoneOffset.UTC))
                                .verify(token)
                                .subject())
                .isEqualTo("bob");
        assertThatThrownBy(
                        () ->
                                new Jwt(SECRET, Clock.fixed(now.plusSeconds(100), ZoneOffset.UTC))
                                        .verify(token))
                .isInstanceOf(AuthException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void rejectsOtherAlgorithmsTamperingAndGarbage() {
        String token = jwt.sign("carol", Role.VIEWER, Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        String admin = enc("{\"sub\":\"carol\",\"role\":\"admin\",\"exp\":9999999999}");
        assertThatThrownBy(() -> jwt.verify(parts[0] + "." + admin + "." + parts[2]))
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> jwt.verify(enc("{\"alg\":\"none\"}") + "." + admin + "."))
                .hasMessageContaining("algorithm");
        assertThatThrownBy(
                        () ->
                                jwt.verify(
                                        enc("{\"alg\":\"HS512\"}")
                                                + "."
                                                + parts[1]
                                                + "."
                                                + parts[2]))
                .hasMessageContaining("algorithm");
        assertThatThrownBy(() -> jwt.verify("a.b")).hasMessageContaining("malformed");
        assertThatThrownBy(() -> jwt.verify("!!!.###.$$$")).isInstanceOf(AuthException.class);
        assertThatThrownBy(
                        () ->
                                new Jwt(
                                                "other-secret-other-secret-other-secret"
                                                        .getBytes(StandardCharsets.UTF_8))
                                        .verify(token))
                .hasMessageContaining("signature");
    }

    @Test
    void rejectsTokensWithoutExpiryOrWithUnknownRoles() {
        Jwt j = new Jwt(SECRET);
        String noExp = forge("{\"sub\":\"x\",\"role\":\"viewer\"}");
        assertThatThrownBy(() -> j.verify(noExp)).hasMessageContaining("exp");
        String badRole = forge("{\"sub\":\"x\",\"role\":\"god\",\"exp\":9999999999}");
        assertThatThrownBy(() -> j.verify(badRole)).hasMessageContaining("role");
    }

    @Test
    void refusesShortSecrets() {
        assertThatThrownBy(() -> new Jwt("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A correctly signed token with arbitrary claims. */
    private static String forge(String claims) {
        try {
            String h = enc("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + enc(claims);
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
            return h
                    + "."
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(h.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
