package io.mellchat.connectors.twitch.client;

/**
 * IRCv3 tag value escaping (ircv3.net message-tags, "Escaping values"): {@code \:} is {@code ;},
 * {@code \s} a space, {@code \\} a backslash, {@code \r} CR, {@code \n} LF; any other escaped
 * character stands for itself, and a lone trailing backslash is dropped.
 */
public final class TagEscapes {

    private TagEscapes() {}

    /** Unescapes {@code s[start, end)}. */
    public static String unescape(String s, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == end) {
                break; // a lone trailing backslash is dropped
            }
            char e = s.charAt(i);
            switch (e) {
                case ':':
                    out.append(';');
                    break;
                case 's':
                    out.append(' ');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                default:
                    out.append(e); // "\\" and unknown escapes: the character itself
                    break;
            }
        }
        return out.toString();
    }

    public static String unescape(String s) {
        return unescape(s, 0, s.length());
    }

    /** Escapes a value for a tag (the inverse of {@link #unescape}). */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case ';':
                    out.append("\\:");
                    break;
                case ' ':
                    out.append("\\s");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                default:
                    out.append(c);
                    break;
            }
        }
        return out.toString();
    }
}
