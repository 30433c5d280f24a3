package io.mellchat.connectors.twitch.client;

import java.util.HashMap;
import java.util.Map;

/** Collects a message's {@code meta} entries, allocating only when there is one. */
final class MetaBuilder {

    private Map<String, String> map;

    MetaBuilder put(String key, String value) {
        if (!value.isEmpty()) {
            if (map == null) {
                map = new HashMap<>(8);
            }
            map.put(key, value);
        }
        return this;
    }

    /** Copies a tag's unescaped value when present and not empty. */
    MetaBuilder tag(IrcMessage m, String tag, String key) {
        return put(key, m.tagOr(tag, ""));
    }

    /** Sets {@code key} to {@code true} when the tag is {@code 1}. */
    MetaBuilder flag(IrcMessage m, String tag, String key) {
        return m.tagIs(tag, "1") ? put(key, "true") : this;
    }

    Map<String, String> build() {
        return map == null ? Map.of() : map;
    }

    /** {@code msg-param-viewerCount} style tag names to {@code viewer_count}. */
    static String snakeCase(String name, int from) {
        StringBuilder out = new StringBuilder(name.length() - from + 4);
        for (int i = from; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-') {
                out.append('_');
            } else if (Character.isUpperCase(c)) {
                boolean afterLower =
                        i > from
                                && !Character.isUpperCase(name.charAt(i - 1))
                                && name.charAt(i - 1) != '-';
                boolean beforeLower =
                        i + 1 < name.length()
                                && Character.isLowerCase(name.charAt(i + 1))
                                && i > from
                                && Character.isUpperCase(name.charAt(i - 1));
                if (afterLower || beforeLower) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
