package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The split position of a YouTube channel: a {@link ChatCursor} as a small versioned JSON object,
 * e.g. {@code {"v":1,"m":"api","p":"POLL","vid":"dQw4w9WgXcQ","tok":"GO…",…,"a":"LCC.x"}}.
 *
 * <p>Within a page every emitted item moves the position on to "after this item" ({@link
 * #afterItem}); that is cheap (the page's part is encoded once) so that a checkpoint taken in the
 * middle of a page resumes right after the last item it covers.
 */
public final class CursorCodec {
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String prefix;

    private CursorCodec(ChatCursor page) {
        String full = write(page.withAfter(""));
        // the object ends with "a":""}: cut it so that the item id can be appended
        this.prefix = full.substring(0, full.length() - "\"\"}".length());
    }

    /** An encoder for positions within the page of {@code cursor}. */
    public static CursorCodec forPage(ChatCursor cursor) {
        return new CursorCodec(cursor);
    }

    /** The position after the item {@code itemId} of this page was emitted. */
    public String afterItem(String itemId) {
        StringBuilder b = new StringBuilder(prefix.length() + itemId.length() + 4);
        b.append(prefix).append('"');
        JsonStringEncoder.getInstance().quoteAsString(itemId, b);
        return b.append("\"}").toString();
    }

    public static String encode(ChatCursor c) {
        return write(c);
    }

    /**
     * Reads a position written by {@link #encode}.
     *
     * @throws IllegalArgumentException when it is not a YouTube position of a known version
     */
    public static ChatCursor decode(String position) {
        JsonNode n;
        try {
            n = JSON.readTree(position);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a YouTube split position: " + position, e);
        }
        if (n == null || !n.isObject() || n.path("v").asInt() != VERSION) {
            throw new IllegalArgumentException(
                    "unknown YouTube split position version (expected "
                            + VERSION
                            + "): "
                            + position);
        }
        return new ChatCursor(
                n.path("m").asText(ChatCursor.WEB),
                ChatCursor.Phase.valueOf(n.path("p").asText("START").toUpperCase(Locale.ROOT)),
                n.path("vid").asText(),
                n.path("own").asText(),
                n.path("chat").asText(),
                n.path("tok").asText(),
                n.path("ik").asText(),
                n.path("cv").asText(),
                n.path("vd").asText(),
                n.path("w").asLong(),
                n.path("s").asLong(),
                n.path("a").asText(),
                n.path("d").asText(),
                n.path("u").asLong());
    }

    private static String write(ChatCursor c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("v", VERSION);
        n.put("m", c.mode());
        n.put("p", c.phase().name());
        n.put("vid", c.video());
        n.put("own", c.owner());
        n.put("chat", c.chat());
        n.put("tok", c.token());
        n.put("ik", c.innertubeKey());
        n.put("cv", c.clientVersion());
        n.put("vd", c.visitorData());
        n.put("w", c.waitMs());
        n.put("s", c.since());
        n.put("d", c.day());
        n.put("u", c.units());
        n.put("a", c.after()); // last: see afterItem
        return n.toString();
    }
}
