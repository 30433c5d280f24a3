package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.serving.http.Json;
import java.util.List;

/** Shared pieces of the {@code /api/v1} services. */
final class Api {
    static final String PREFIX = "/api/v1";

    private Api() {}

    /** {@code {"items": [...], "next": cursor|null}} */
    static byte[] page(List<? extends JsonNode> items, String next) {
        ObjectNode n = Json.object();
        ArrayNode arr = n.putArray("items");
        items.forEach(arr::add);
        if (next == null) {
            n.putNull("next");
        } else {
            n.put("next", next);
        }
        return Json.bytes(n);
    }

    static void ok(ServerResponse res, byte[] body) {
        Json.send(res, Status.OK_200, body);
    }

    static void accepted(ServerResponse res, ObjectNode body) {
        Json.send(res, Status.ACCEPTED_202, body);
    }
}
