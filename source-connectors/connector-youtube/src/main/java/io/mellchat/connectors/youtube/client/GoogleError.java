package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Google's JSON error envelope, {@code {"error":{"code":403,"status":"PERMISSION_DENIED",
 * "message":"…","errors":[{"reason":"liveChatEnded","domain":"…"}]}}}, reduced to what decides the
 * reaction: the HTTP code, the first {@code reason} (Data API) and the {@code status} (InnerTube).
 * Absent parts are empty.
 */
record GoogleError(int code, String reason, String status, String message) {

    static GoogleError of(HttpJson.Answer answer) {
        JsonNode e = answer.json().path("error");
        String message = e.path("message").asText("");
        if (message.isEmpty()) {
            String body = answer.body().strip();
            message = body.length() > 200 ? body.substring(0, 200) + "…" : body;
        }
        return new GoogleError(
                answer.status(),
                e.path("errors").path(0).path("reason").asText(""),
                e.path("status").asText(""),
                message);
    }

    boolean serverSide() {
        return code >= 500 || "UNAVAILABLE".equals(status) || "INTERNAL".equals(status);
    }

    /** For status details: {@code 403 quotaExceeded}. */
    String label() {
        String what = reason.isEmpty() ? status : reason;
        return what.isEmpty() ? String.valueOf(code) : code + " " + what;
    }
}
