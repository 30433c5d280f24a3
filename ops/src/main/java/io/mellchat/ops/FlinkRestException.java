package io.mellchat.ops;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal or failure reported by Flink's REST API, with the cause in a few readable lines (Flink
 * answers with whole stack traces in {@code errors}).
 */
public final class FlinkRestException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final Pattern CAUSE = Pattern.compile("Caused by: ([^\\n]+)");

    public FlinkRestException(String message) {
        super(message);
    }

    public FlinkRestException(String message, Throwable cause) {
        super(message, cause);
    }

    static FlinkRestException fromAnswer(String what, int status, JsonNode body) {
        List<String> errors = new ArrayList<>();
        JsonNode e = body.path("errors");
        if (e.isArray()) {
            e.forEach(n -> errors.add(n.asText()));
        } else if (!e.isMissingNode()) {
            errors.add(e.asText());
        }
        String detail = errors.isEmpty() ? body.toString() : readable(String.join("\n", errors));
        return new FlinkRestException(what + " failed (HTTP " + status + "): " + detail);
    }

    /** The innermost "Caused by" of a stack trace, else its first lines. */
    static String readable(String trace) {
        Matcher m = CAUSE.matcher(trace);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last != null ? last.trim() : firstLines(trace, 3);
    }

    static String firstLines(String text, int n) {
        String[] lines = text.strip().split("\\R");
        List<String> kept = new ArrayList<>();
        for (String l : lines) {
            if (kept.size() == n) {
                break;
            }
            if (!l.isBlank() && !l.stripLeading().startsWith("at ")) {
                kept.add(l.strip());
            }
        }
        return String.join(" / ", kept);
    }
}
