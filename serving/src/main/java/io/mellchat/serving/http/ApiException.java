package io.mellchat.serving.http;

import io.helidon.http.Status;
import java.util.Map;

/**
 * A request that cannot be served, with the status and the public {@code {"error","detail"}} body
 * that tells the client what to fix. Thrown from handlers; mapped once by {@link ErrorMapper}.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Status status;
    private final String error;
    private final transient Map<String, String> headers;

    public ApiException(Status status, String error, String detail) {
        this(status, error, detail, Map.of());
    }

    public ApiException(Status status, String error, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    public Status status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** 400 naming the parameter or field that is wrong. */
    public static ApiException badField(String field, String why) {
        return new ApiException(Status.BAD_REQUEST_400, "bad_request", field + ": " + why);
    }

    public static ApiException notFound(String what) {
        return new ApiException(Status.NOT_FOUND_404, "not_found", what);
    }

    public static ApiException unauthorized(String why) {
        return new ApiException(
                Status.UNAUTHORIZED_401,
                "unauthorized",
                why,
                Map.of("WWW-Authenticate", "Bearer realm=\"mellchat\""));
    }

    public static ApiException forbidden(String why) {
        return new ApiException(Status.FORBIDDEN_403, "forbidden", why);
    }

    public static ApiException conflict(String why) {
        return new ApiException(Status.CONFLICT_409, "conflict", why);
    }

    public static ApiException tooManyRequests(long retryAfterSeconds, String why) {
        return new ApiException(
                Status.TOO_MANY_REQUESTS_429,
                "rate_limited",
                why,
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public static ApiException unavailable(String why) {
        return new ApiException(Status.SERVICE_UNAVAILABLE_503, "unavailable", why);
    }
}
