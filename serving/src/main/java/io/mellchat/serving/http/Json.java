package io.mellchat.serving.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.model.ChatJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reading JSON request bodies (415, 413, 400 with the field named) and writing JSON responses. */
public final class Json {
    public static final ObjectMapper MAPPER = ChatJson.newMapper();

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void send(ServerResponse res, Status status, Object body) {
        send(res, status, bytes(body));
    }

    public static void send(ServerResponse res, Status status, byte[] body) {
        res.status(status);
        res.header(HeaderValues.CONTENT_TYPE_JSON);
        res.send(body);
    }

    /**
     * Reads the body as a JSON object: 415 unless it is {@code application/json}, 413 over {@code
     * maxBytes}, 400 when it is not a JSON object. An absent body reads as an empty object.
     */
    public static ObjectNode readObject(ServerRequest req, long maxBytes) {
        long length = req.headers().contentLength().orElse(-1L);
        boolean hasBody =
                length > 0
                        || req.headers()
                                .first(HeaderNames.TRANSFER_ENCODING)
                                .map(s -> s.contains("chunked"))
                                .orElse(false);
        if (!hasBody) {
            return object();
        }
        Optional<String> type = req.headers().first(HeaderNames.CONTENT_TYPE);
        if (type.isEmpty() || !type.get().toLowerCase().startsWith("application/json")) {
            throw new ApiException(
                    Status.UNSUPPORTED_MEDIA_TYPE_415,
                    "unsupported_media_type",
                    "send the body as application/json (got "
                            + type.orElse("no Content-Type")
                            + ")");
        }
        if (length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] data;
        try (InputStream in = req.content().inputStream()) {
            data = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw ApiException.badField("body", "could not be read: " + e.getMessage());
        }
        if (data.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(data);
        } catch (IOException e) {
            String msg =
                    e instanceof JsonProcessingException j
                            ? j.getOriginalMessage()
                            : e.getMessage();
            throw ApiException.badField("body", "malformed JSON (" + msg + ")");
        }
        if (node == null || node.isMissingNode()) {
            return object();
        }
        if (!node.isObject()) {
            throw ApiException.badField("body", "must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(
                Status.REQUEST_ENTITY_TOO_LARGE_413,
                "payload_too_large",
                "the body is larger than " + maxBytes + " bytes");
    }

    /** A text field of a body: absent → empty; present but not a string → 400 naming it. */
    public static Optional<String> text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw ApiException.badField(field, "must be a string");
        }
        return Optional.of(v.asText());
    }
}
