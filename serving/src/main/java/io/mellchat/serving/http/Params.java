package io.mellchat.serving.http;

import io.helidon.common.parameters.Parameters;
import io.helidon.webserver.http.ServerRequest;
import io.mellchat.model.Platform;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Query and path parameters, validated with a 400 that names the parameter. */
public final class Params {
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final Parameters query;
    private final Parameters path;

    private Params(ServerRequest req) {
        this.query = req.query();
        this.path = req.path().pathParameters();
    }

    public static Params of(ServerRequest req) {
        return new Params(req);
    }

    /**
     * A query parameter, trimmed; absent when empty.
     *
     * @throws ApiException 400 when it holds a NUL character, which PostgreSQL cannot store or
     *     compare ({@code %00} in a URL)
     */
    public Optional<String> text(String name) {
        Optional<String> v =
                query.first(name).asOptional().map(String::trim).filter(s -> !s.isEmpty());
        if (v.isPresent() && v.get().indexOf('\0') >= 0) {
            throw ApiException.badField(name, "must not contain NUL characters");
        }
        return v;
    }

    public String text(String name, String dflt) {
        return text(name).orElse(dflt);
    }

    public String oneOf(String name, String dflt, Set<String> allowed) {
        String v = text(name, dflt);
        if (!allowed.contains(v)) {
            throw ApiException.badField(
                    name,
                    "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return v;
    }

    public int integer(String name, int dflt, int min, int max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badField(name, "must be a whole number from " + min + " to " + max);
        }
    }

    public boolean bool(String name) {
        Optional<String> v = text(name);
        if (v.isEmpty()) {
            return false;
        }
        return switch (v.get()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.badField(name, "must be true or false");
        };
    }

    public Optional<Instant> instant(String name) {
        return text(name).map(v -> parseInstant(name, v));
    }

    /**
     * An ISO-8601 UTC time within years 1–9999 ({@link Instant} reads years PostgreSQL's {@code
     * timestamptz} cannot hold).
     *
     * @throws ApiException 400 naming {@code name} for anything else
     */
    public static Instant parseInstant(String name, String v) {
        Instant t;
        try {
            t = Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badField(
                    name, "must be an ISO-8601 UTC time such as 2025-01-31T18:00:00Z");
        }
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw ApiException.badField(name, "must be a time in the years 1 to 9999");
        }
        return t;
    }

    public Optional<String> platform(String name) {
        return text(name)
                .map(
                        v -> {
                            try {
                                return Platform.of(v).id();
                            } catch (IllegalArgumentException e) {
                                throw ApiException.badField(name, e.getMessage());
                            }
                        });
    }

    /**
     * A channel name filter, written as MellChat stores it on that platform: Twitch logins and Kick
     * slugs in lower case (so {@code channel=Shroud} finds {@code shroud}), YouTube names as given.
     */
    public Optional<String> channel(String name, Optional<String> platformId) {
        return text(name)
                .map(
                        c ->
                                platformId.isPresent() && !platformId.get().equals("youtube")
                                        ? c.toLowerCase(java.util.Locale.ROOT)
                                        : c);
    }

    public String pathText(String name) {
        return path.get(name);
    }

    public UUID pathUuid(String name) {
        return uuid(name, path.get(name));
    }

    public static UUID uuid(String name, String v) {
        try {
            if (v.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(
                    name, "must be a UUID such as 3f1c0d2e-9a41-4c1e-8a57-1b2c3d4e5f60");
        }
    }
}
