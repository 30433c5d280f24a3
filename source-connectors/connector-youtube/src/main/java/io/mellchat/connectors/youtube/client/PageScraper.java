package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON that YouTube's web pages embed in their HTML: {@code ytInitialData} and the {@code
 * ytcfg.set({...})} configuration (API key, client version, visitor data), and the canonical watch
 * link of a channel's {@code /live} page. Objects are cut out by matching braces (strings and
 * escapes respected), not by regular expressions, so nested JSON is read whole.
 */
final class PageScraper {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] INITIAL_DATA = {
        "window[\"ytInitialData\"] =", "var ytInitialData =", "ytInitialData ="
    };
    private static final Pattern CANONICAL_WATCH =
            Pattern.compile(
                    "<link\\s+rel=\"canonical\"\\s+href=\"[^\"]*/watch\\?v=([A-Za-z0-9_-]{11})");
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

    private PageScraper() {}

    /** {@code ytInitialData}, or a missing node. */
    static JsonNode initialData(String html) {
        for (String marker : INITIAL_DATA) {
            int at = html.indexOf(marker);
            if (at >= 0) {
                JsonNode n = objectAfter(html, at + marker.length());
                if (!n.isMissingNode()) {
                    return n;
                }
            }
        }
        return MissingNode.getInstance();
    }

    /** Every {@code ytcfg.set({...})} of the page merged into one object. */
    static JsonNode ytcfg(String html) {
        ObjectNode all = JSON.createObjectNode();
        int from = 0;
        while (true) {
            int at = html.indexOf("ytcfg.set(", from);
            if (at < 0) {
                return all;
            }
            JsonNode n = objectAfter(html, at + "ytcfg.set(".length());
            if (n.isObject()) {
                all.setAll((ObjectNode) n);
            }
            from = at + 1;
        }
    }

    /** The video a channel's {@code /live} page points to, when the channel is live. */
    static Optional<String> canonicalVideo(String html) {
        Matcher m = CANONICAL_WATCH.matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isVideoId(String s) {
        return VIDEO_ID.matcher(s).matches();
    }

    /** The JSON object starting at the first '{' at or after {@code from}, or a missing node. */
    static JsonNode objectAfter(String text, int from) {
        int start = text.indexOf('{', from);
        if (start < 0 || start - from > 20) {
            return MissingNode.getInstance();
        }
        int end = matchingBrace(text, start);
        if (end < 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode n = JSON.readTree(text.substring(start, end + 1));
            return n == null ? MissingNode.getInstance() : n;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    private static int matchingBrace(String s, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
