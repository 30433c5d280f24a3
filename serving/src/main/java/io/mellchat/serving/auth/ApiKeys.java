package io.mellchat.serving.auth;

import io.mellchat.serving.store.Db;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys for integrations ({@code mk_…}, used as bearer tokens). Only a SHA-256 hash of each key
 * is stored (table {@code api_keys}); the key itself is shown once, when an admin creates it.
 * Lookups are cached for a few seconds; revoking clears this instance's cache at once.
 */
public final class ApiKeys {
    public static final String PREFIX = "mk_";
    private static final long CACHE_MILLIS = 15_000;

    private final Db db;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<Principal> principal, long until) {}

    /** A key as listed (never its secret). */
    public record KeyInfo(
            UUID id,
            String name,
            Role role,
            String hint,
            Instant createdAt,
            String createdBy,
            Optional<Instant> revokedAt,
            Optional<Instant> lastUsedAt) {}

    /** A new key and its secret, shown once. */
    public record Created(KeyInfo info, String key) {}

    public ApiKeys(Db db) {
        this.db = db;
    }

    public static boolean looksLikeKey(String token) {
        return token.startsWith(PREFIX);
    }

    public Created create(String name, Role role, String createdBy) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        String hint = key.substring(0, 7) + "…";
        db.update(
                "INSERT INTO api_keys (id, name, role, key_hash, hint, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, id);
                    ps.setString(2, name);
                    ps.setString(3, role.id());
                    ps.setString(4, hash(key));
                    ps.setString(5, hint);
                    ps.setTimestamp(6, Timestamp.from(now));
                    ps.setString(7, createdBy);
                });
        return new Created(
                new KeyInfo(
                        id, name, role, hint, now, createdBy, Optional.empty(), Optional.empty()),
                key);
    }

    public List<KeyInfo> list() {
        return db.list(
                "SELECT id, name, role, hint, created_at, created_by, revoked_at, last_used_at"
                        + " FROM api_keys ORDER BY created_at DESC, id",
                ps -> {},
                ApiKeys::info);
    }

    /** Revokes a key; false when there is no such (unrevoked) key. */
    public boolean revoke(UUID id) {
        int n =
                db.update(
                        "UPDATE api_keys SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL",
                        ps -> ps.setObject(1, id));
        cache.clear();
        return n > 0;
    }

    /**
     * The principal of a key.
     *
     * @throws AuthException when the key is unknown or revoked
     */
    public Principal authenticate(String key) {
        String h = hash(key);
        long now = System.currentTimeMillis();
        Cached c = cache.get(h);
        if (c == null || c.until < now) {
            Optional<Principal> p =
                    db.one(
                            "UPDATE api_keys SET last_used_at = now() WHERE key_hash = ? AND"
                                    + " revoked_at IS NULL RETURNING id, role",
                            ps -> ps.setString(1, h),
                            rs ->
                                    new Principal(
                                            "key-" + rs.getString("id"),
                                            Role.parse(rs.getString("role")).orElseThrow(),
                                            "key"));
            if (cache.size() > 10_000) {
                cache.clear();
            }
            c = new Cached(p, now + CACHE_MILLIS);
            cache.put(h, c);
        }
        return c.principal.orElseThrow(() -> new AuthException("unknown or revoked API key"));
    }

    private static KeyInfo info(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Timestamp used = rs.getTimestamp("last_used_at");
        return new KeyInfo(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                Role.parse(rs.getString("role")).orElseThrow(),
                rs.getString("hint"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                Optional.ofNullable(revoked).map(Timestamp::toInstant),
                Optional.ofNullable(used).map(Timestamp::toInstant));
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
