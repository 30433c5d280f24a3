package io.mellchat.serving.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.serving.auth.AuthException;
import io.mellchat.serving.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Maps every failure, once, to a status and the public body {@code {"error","detail"}}. Stack
 * traces go to the log, never to the client.
 */
public final class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    private ErrorMapper() {}

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, ErrorMapper::api)
                .error(
                        AuthException.class,
                        (req, res, e) -> api(req, res, ApiException.unauthorized(e.getMessage())))
                .error(HttpException.class, ErrorMapper::http)
                .error(
                        StoreException.class,
                        (req, res, e) -> {
                            LOG.log(Level.WARNING, "database failure on " + req.path().path(), e);
                            api(
                                    req,
                                    res,
                                    ApiException.unavailable(
                                            "the database is not answering; try again shortly"));
                        })
                .error(
                        JedisException.class,
                        (req, res, e) -> {
                            LOG.log(Level.WARNING, "Redis failure on " + req.path().path(), e);
                            api(
                                    req,
                                    res,
                                    ApiException.unavailable(
                                            "Redis is not answering; try again shortly"));
                        })
                .error(
                        Throwable.class,
                        (req, res, e) -> {
                            LOG.log(
                                    Level.SEVERE,
                                    "unexpected failure on "
                                            + req.prologue().method()
                                            + " "
                                            + req.path().path(),
                                    e);
                            write(
                                    res,
                                    Status.INTERNAL_SERVER_ERROR_500,
                                    "internal_error",
                                    "something went wrong on the server; it has been logged");
                        });
    }

    private static void api(ServerRequest req, ServerResponse res, ApiException e) {
        e.headers().forEach(res::header);
        write(res, e.status(), e.error(), e.detail());
    }

    private static void http(ServerRequest req, ServerResponse res, HttpException e) {
        Status s = e.status();
        String error =
                switch (s.code()) {
                    case 400 -> "bad_request";
                    case 401 -> "unauthorized";
                    case 403 -> "forbidden";
                    case 404 -> "not_found";
                    case 405 -> "method_not_allowed";
                    case 413 -> "payload_too_large";
                    case 415 -> "unsupported_media_type";
                    default -> s.code() >= 500 ? "internal_error" : "error";
                };
        String detail = s.code() >= 500 ? "something went wrong on the server" : e.getMessage();
        if (s.code() >= 500) {
            LOG.log(Level.WARNING, "HTTP failure on " + req.path().path(), e);
        }
        write(res, s, error, detail);
    }

    static void write(ServerResponse res, Status status, String error, String detail) {
        if (res.isSent()) {
            return;
        }
        res.status(status);
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(body(error, detail));
    }

    static byte[] body(String error, String detail) {
        var n = Json.object();
        n.put("error", error);
        n.put("detail", detail == null ? "" : detail);
        return n.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Errors found before routing (malformed HTTP, oversized payloads) also answer with the JSON
     * error body.
     */
    public static DirectHandlers directHandlers() {
        DirectHandler handler =
                (request, eventType, status, headers, message) -> {
                    String error =
                            switch (eventType) {
                                case PAYLOAD_TOO_LARGE -> "payload_too_large";
                                case BAD_REQUEST -> "bad_request";
                                case FORBIDDEN -> "forbidden";
                                default -> status.code() >= 500 ? "internal_error" : "error";
                            };
                    String detail =
                            status.code() >= 500 ? "something went wrong on the server" : message;
                    headers.set(HeaderValues.CONTENT_TYPE_JSON);
                    return DirectHandler.TransportResponse.builder()
                            .status(status)
                            .headers(headers)
                            .entity(body(error, detail))
                            .keepAlive(eventType.keepAlive())
                            .build();
                };
        DirectHandlers.Builder b = DirectHandlers.builder();
        for (DirectHandler.EventType t : DirectHandler.EventType.values()) {
            b.addHandler(t, handler);
        }
        return b.build();
    }
}
