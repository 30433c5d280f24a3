package io.mellchat.serving.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 JSON Web Tokens, by hand: {@code alg} must be {@code HS256} (no {@code none}, no algorithm
 * confusion), the signature is compared in constant time, {@code exp} is required. Claims: {@code
 * sub}, {@code role}, {@code iat}, {@code exp}, {@code jti}, {@code iss=mellchat}.
 */
public final class Jwt {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final String HEADER =
            ENC.encodeToString(
                    "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    private static final Duration LEEWAY = Duration.ofSeconds(30);

    private final SecretKeySpec key;
    private final Clock clock;

    public Jwt(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("a JWT secret needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    public Jwt(byte[] secret) {
        this(secret, Clock.systemUTC());
    }

    /** A signed token for {@code subject} with {@code role}, valid for {@code ttl}. */
    public String sign(String subject, Role role, Duration ttl) {
        Instant now = clock.instant();
        ObjectNode claims = MAPPER.createObjectNode();
        claims.put("iss", "mellchat");
        claims.put("sub", subject);
        claims.put("role", role.id());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ttl).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        String payload = ENC.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        String signingInput = HEADER + "." + payload;
        return signingInput + "." + ENC.encodeToString(hmac(signingInput));
    }

    /**
     * Verifies a token and returns its principal.
     *
     * @throws AuthException saying what is wrong (malformed, algorithm, signature, expired, role)
     */
    public Principal verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new AuthException("malformed token: expected header.payload.signature");
        }
        JsonNode header = decode(parts[0], "header");
        if (!"HS256".equals(header.path("alg").asText(null))) {
            throw new AuthException("unsupported token algorithm: only HS256 is accepted");
        }
        byte[] signature;
        try {
            signature = DEC.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new AuthException("malformed token signature");
        }
        byte[] expected = hmac(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, signature)) {
            throw new AuthException("invalid token signature");
        }
        JsonNode claims = decode(parts[1], "payload");
        JsonNode exp = claims.get("exp");
        if (exp == null || !exp.canConvertToLong()) {
            throw new AuthException("token has no expiry (exp)");
        }
        if (clock.instant().minus(LEEWAY).getEpochSecond() >= exp.asLong()) {
            throw new AuthException("token expired: ask for a new one");
        }
        String sub = claims.path("sub").asText("");
        if (sub.isEmpty()) {
            throw new AuthException("token has no subject (sub)");
        }
        Role role =
                Role.parse(claims.path("role").asText(null))
                        .orElseThrow(() -> new AuthException("token has an unknown role"));
        return new Principal(sub, role, "jwt");
    }

    private static JsonNode decode(String part, String what) {
        try {
            JsonNode node = MAPPER.readTree(DEC.decode(part));
            if (node == null || !node.isObject()) {
                throw new IOException("not an object");
            }
            return node;
        } catch (IOException | IllegalArgumentException e) {
            throw new AuthException("malformed token " + what);
        }
    }

    private byte[] hmac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
