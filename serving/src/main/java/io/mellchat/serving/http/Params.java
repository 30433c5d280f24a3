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
    private final Parameters query;
    private final Parameters path;

    private Params(ServerRequest req) {
        this.query = req.query();
        this.path = req.path().pathParameters();
    }

    public static Params of(ServerRequest req) {
        return new Params(req);
    }

    public Optional<String> text(String name) {
        return query.first(name).asOptional().map(String::trim).filter(s -> !s.isEmpty());
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

    public static Instant parseInstant(String name, String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badField(
                    name, "must be an ISO-8601 UTC time such as 2025-01-31T18:00:00Z");
        }
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
