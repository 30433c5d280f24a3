package io.mellchat.serving.auth;

import java.util.Optional;

/** Turns an {@code Authorization} header into a principal (JWT or API key). */
public final class Authenticator {
    private final Jwt jwt;
    private final ApiKeys keys;

    public Authenticator(Jwt jwt, ApiKeys keys) {
        this.jwt = jwt;
        this.keys = keys;
    }

    public Jwt jwt() {
        return jwt;
    }

    public ApiKeys keys() {
        return keys;
    }

    /**
     * The caller of a request: empty without an {@code Authorization} header.
     *
     * @throws AuthException for a header that is not {@code Bearer <token>}, or a bad token
     */
    public Optional<Principal> authenticate(Optional<String> authorization) {
        if (authorization.isEmpty()) {
            return Optional.empty();
        }
        String h = authorization.get().trim();
        if (h.length() < 8 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AuthException("the Authorization header must be 'Bearer <token>'");
        }
        String token = h.substring(7).trim();
        if (token.isEmpty() || token.length() > 4096) {
            throw new AuthException("empty or oversized bearer token");
        }
        return Optional.of(
                ApiKeys.looksLikeKey(token) ? keys.authenticate(token) : jwt.verify(token));
    }
}
