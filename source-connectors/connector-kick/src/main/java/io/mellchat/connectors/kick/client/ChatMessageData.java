package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.mellchat.model.Badge;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a {@code ChatMessageEvent} that MellChat uses, read with Jackson's streaming parser
 * in one pass over the data string (the hot path: every chat line). Absent strings are empty.
 */
final class ChatMessageData {
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

    /**
     * Reads a data document.
     *
     * @return null when the document is not a JSON object (e.g. a string: encoded once more)
     * @throws IOException when it is not JSON
     */
    static ChatMessageData read(JsonFactory factory, String json) throws IOException {
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            ChatMessageData d = new ChatMessageData();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "id":
                        d.id = scalar(p, t);
                        break;
                    case "content":
                        if (t == JsonToken.VALUE_STRING) {
                            d.content = p.getText();
                        } else {
                            p.skipChildren();
                        }
                        break;
                    case "type":
                        d.type = scalar(p, t);
                        break;
                    case "created_at":
                        d.createdAt = scalar(p, t);
                        break;
                    case "sender":
                        d.sender(p, t);
                        break;
                    case "metadata":
                        d.metadata(p, t);
                        break;
                    default:
                        p.skipChildren();
                        break;
                }
            }
            return d;
        }
    }

    private void sender(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "id":
                    senderId = scalar(p, v);
                    break;
                case "username":
                    senderUsername = scalar(p, v);
                    break;
                case "slug":
                    senderSlug = scalar(p, v);
                    break;
                case "identity":
                    identity(p, v);
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
    }

    private void identity(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if ("color".equals(field)) {
                color = scalar(p, v);
            } else if ("badges".equals(field) && v == JsonToken.START_ARRAY) {
                badges = badges(p);
            } else {
                p.skipChildren();
            }
        }
    }

    private static List<Badge> badges(JsonParser p) throws IOException {
        List<Badge> out = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String type = "";
            int count = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if ("type".equals(field)) {
                    type = scalar(p, v);
                } else if ("count".equals(field) && v == JsonToken.VALUE_NUMBER_INT) {
                    count = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
            if (!type.isEmpty()) {
                out.add(new Badge(type, "", count));
            }
        }
        return out;
    }

    private void metadata(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (v != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            switch (field) {
                case "original_message":
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken w = p.nextToken();
                        if ("id".equals(f)) {
                            parentId = scalar(p, w);
                        } else if ("content".equals(f)) {
                            parentContent = scalar(p, w);
                        } else {
                            p.skipChildren();
                        }
                    }
                    break;
                case "original_sender":
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken w = p.nextToken();
                        if ("id".equals(f)) {
                            parentSenderId = scalar(p, w);
                        } else if ("username".equals(f)) {
                            parentSenderUsername = scalar(p, w);
                        } else {
                            p.skipChildren();
                        }
                    }
                    break;
                case "celebration":
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        JsonToken w = p.nextToken();
                        if ("type".equals(f)) {
                            celebrationType = scalar(p, w);
                        } else if ("total_months".equals(f)) {
                            celebrationMonths = scalar(p, w);
                        } else {
                            p.skipChildren();
                        }
                    }
                    break;
                default:
                    p.skipChildren();
                    break;
            }
        }
    }

    /** A string or number as text; "" for null, booleans as text, containers skipped. */
    private static String scalar(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING
                || t == JsonToken.VALUE_NUMBER_INT
                || t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_TRUE
                || t == JsonToken.VALUE_FALSE) {
            return p.getText();
        }
        return skip(p);
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return "";
    }
}
