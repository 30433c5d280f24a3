package io.mellchat.connectors.kick.client;

import io.mellchat.model.Badge;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a {@code ChatMessageEvent} that MellChat uses, read with {@link JsonCursor} in one
 * pass over the data document (the hot path: every chat line); everything else is skipped after
 * being checked. Absent strings are empty.
 */
final class ChatMessageData {
    /** Per-thread copy of the document being read (data strings are a few hundred characters). */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

    String id = "";
    String content;
    String type = "";
    String createdAt = "";
    String senderId = "";
    String senderUsername = "";
    String senderSlug = "";
    String color = "";
    List<Badge> badges = List.of();
    String parentId = "";
    String parentContent = "";
    String parentSenderId = "";
    String parentSenderUsername = "";
    String celebrationType = "";
    String celebrationMonths = "";

    /** After {@link #readQuoted}: the index after the data string literal in the frame. */
    int literalEnd = -1;

    /**
     * Reads a data document.
     *
     * @return null when the document is not a JSON object (e.g. a string: encoded once more)
     * @throws InvalidFrameException when it is not JSON
     */
    static ChatMessageData read(String json) throws InvalidFrameException {
        int n = json.length();
        char[] chars = BUFFER.get();
        if (chars.length < n) {
            chars = new char[n];
            if (n <= 256 * 1024) {
                BUFFER.set(chars);
            }
        }
        json.getChars(0, n, chars, 0);
        JsonCursor c = new JsonCursor(chars, 0, n);
        if (!c.beginObject()) {
            c.skip();
            c.end();
            return null;
        }
        ChatMessageData d = read(c);
        c.end();
        return d;
    }

    /**
     * Reads the object inside the string literal whose opening quote is at {@code quote}, without
     * decoding the literal first (see {@link JsonCursor#quoted}); {@link #literalEnd} is then the
     * index after the literal.
     *
     * @throws InvalidFrameException when the literal is not an object in the usual encoding: the
     *     caller decodes it and uses {@link #read(String)}, which decides
     */
    static ChatMessageData readQuoted(char[] frame, int quote) throws InvalidFrameException {
        JsonCursor c = JsonCursor.quoted(frame, quote);
        if (!c.beginObject()) {
            throw new InvalidFrameException("data is not an object");
        }
        ChatMessageData d = read(c);
        d.literalEnd = c.end();
        return d;
    }

    private static ChatMessageData read(JsonCursor c) throws InvalidFrameException {
        ChatMessageData d = new ChatMessageData();
        while (c.nextField()) {
            if (c.nameIs("id")) {
                d.id = c.scalar();
            } else if (c.nameIs("content")) {
                d.content = c.stringOrNull();
            } else if (c.nameIs("type")) {
                d.type = c.scalar();
            } else if (c.nameIs("created_at")) {
                d.createdAt = c.scalar();
            } else if (c.nameIs("sender")) {
                d.sender(c);
            } else if (c.nameIs("metadata")) {
                d.metadata(c);
            } else {
                c.skip();
            }
        }
        return d;
    }

    private void sender(JsonCursor c) throws InvalidFrameException {
        if (!c.beginObject()) {
            c.skip();
            return;
        }
        while (c.nextField()) {
            if (c.nameIs("id")) {
                senderId = c.scalar();
            } else if (c.nameIs("username")) {
                senderUsername = c.scalar();
            } else if (c.nameIs("slug")) {
                senderSlug = c.scalar();
            } else if (c.nameIs("identity")) {
                identity(c);
            } else {
                c.skip();
            }
        }
    }

    private void identity(JsonCursor c) throws InvalidFrameException {
        if (!c.beginObject()) {
            c.skip();
            return;
        }
        while (c.nextField()) {
            if (c.nameIs("color")) {
                color = c.scalar();
            } else if (c.nameIs("badges") && c.beginArray()) {
                badges = badges(c);
            } else {
                c.skip();
            }
        }
    }

    private static List<Badge> badges(JsonCursor c) throws InvalidFrameException {
        List<Badge> out = new ArrayList<>(2);
        while (c.nextElement()) {
            if (!c.beginObject()) {
                c.skip();
                continue;
            }
            String type = "";
            int count = 0;
            while (c.nextField()) {
                if (c.nameIs("type")) {
                    type = c.scalar();
                } else if (c.nameIs("count")) {
                    count = c.intOrZero();
                } else {
                    c.skip();
                }
            }
            if (!type.isEmpty()) {
                out.add(new Badge(type, "", count));
            }
        }
        return out;
    }

    private void metadata(JsonCursor c) throws InvalidFrameException {
        if (!c.beginObject()) {
            c.skip();
            return;
        }
        while (c.nextField()) {
            if (c.nameIs("original_message")) {
                if (c.beginObject()) {
                    originalMessage(c);
                } else {
                    c.skip();
                }
            } else if (c.nameIs("original_sender")) {
                if (c.beginObject()) {
                    originalSender(c);
                } else {
                    c.skip();
                }
            } else if (c.nameIs("celebration")) {
                if (c.beginObject()) {
                    celebration(c);
                } else {
                    c.skip();
                }
            } else {
                c.skip();
            }
        }
    }

    private void originalMessage(JsonCursor c) throws InvalidFrameException {
        while (c.nextField()) {
            if (c.nameIs("id")) {
                parentId = c.scalar();
            } else if (c.nameIs("content")) {
                parentContent = c.scalar();
            } else {
                c.skip();
            }
        }
    }

    private void originalSender(JsonCursor c) throws InvalidFrameException {
        while (c.nextField()) {
            if (c.nameIs("id")) {
                parentSenderId = c.scalar();
            } else if (c.nameIs("username")) {
                parentSenderUsername = c.scalar();
            } else {
                c.skip();
            }
        }
    }

    private void celebration(JsonCursor c) throws InvalidFrameException {
        while (c.nextField()) {
            if (c.nameIs("type")) {
                celebrationType = c.scalar();
            } else if (c.nameIs("total_months")) {
                celebrationMonths = c.scalar();
            } else {
                c.skip();
            }
        }
    }
}
