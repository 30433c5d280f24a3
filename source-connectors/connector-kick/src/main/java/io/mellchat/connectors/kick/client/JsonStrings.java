package io.mellchat.connectors.kick.client;

/**
 * Scans JSON text held in a {@code char[]}: string literals, whitespace, whole values. Pusher's
 * {@code data} is a JSON document inside a JSON string, so every quote in it is escaped; decoding
 * it here, copying runs of plain characters in bulk, is much cheaper than a general parser's escape
 * handling.
 */
final class JsonStrings {
    /** Per-thread scratch space for decoding, so that no large buffer is zeroed per frame. */
    private static final ThreadLocal<char[]> SCRATCH =
            ThreadLocal.withInitial(() -> new char[4096]);

    /**
     * ASCII characters that need no attention inside a string: not a quote, backslash or control.
     */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0x20; c < 128; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private JsonStrings() {}

    /** A decoded string literal and the index just after its closing quote. */
    record Literal(String value, int end) {}

    /**
     * The string literal whose opening quote is at {@code quote}.
     *
     * @throws InvalidFrameException on a bad escape, a raw control character or a missing quote
     */
    static Literal decodeAt(char[] s, int quote) throws InvalidFrameException {
        int n = s.length;
        if (quote < 0 || quote >= n || s[quote] != '"') {
            throw new InvalidFrameException("no string literal at offset " + quote);
        }
        int run = quote + 1;
        char[] out = null;
        int len = 0;
        for (int i = run; i < n; i++) {
            char c = s[i];
            if (c >= PLAIN.length || PLAIN[c]) {
                continue;
            }
            if (c == '"') {
                if (out == null) {
                    return new Literal(new String(s, run, i - run), i + 1);
                }
                System.arraycopy(s, run, out, len, i - run);
                len += i - run;
                return new Literal(new String(out, 0, len), i + 1);
            }
            if (c != '\\') {
                throw new InvalidFrameException("raw control character in a string");
            }
            if (out == null) {
                out = SCRATCH.get();
                if (out.length < n - quote) {
                    out = new char[n - quote];
                    if (out.length <= 256 * 1024) {
                        SCRATCH.set(out);
                    }
                }
            }
            System.arraycopy(s, run, out, len, i - run);
            len += i - run;
            if (++i >= n) {
                break;
            }
            char e = s[i];
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    out[len++] = e;
                    break;
                case 'b':
                    out[len++] = '\b';
                    break;
                case 'f':
                    out[len++] = '\f';
                    break;
                case 'n':
                    out[len++] = '\n';
                    break;
                case 'r':
                    out[len++] = '\r';
                    break;
                case 't':
                    out[len++] = '\t';
                    break;
                case 'u':
                    if (i + 4 >= n) {
                        throw new InvalidFrameException("truncated \\u escape");
                    }
                    out[len++] = (char) hex4(s, i + 1);
                    i += 4;
                    break;
                default:
                    throw new InvalidFrameException("bad escape \\" + e);
            }
            run = i + 1;
        }
        throw new InvalidFrameException("unterminated string");
    }

    /** The index after the whitespace at {@code i}. */
    static int skipWhitespace(char[] s, int i) {
        while (i < s.length) {
            char c = s[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The index after the JSON value (object, array or scalar) that starts at {@code i}, found by
     * bracket counting; the value itself is validated by whoever reads it.
     */
    static int skipValue(char[] s, int i) throws InvalidFrameException {
        int depth = 0;
        int n = s.length;
        while (i < n) {
            char c = s[i];
            if (c == '"') {
                i = decodeAt(s, i).end();
                if (depth == 0) {
                    return i;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0
                    && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                return i;
            }
            i++;
        }
        if (depth > 0) {
            throw new InvalidFrameException("unterminated value");
        }
        return i;
    }

    private static int hex4(char[] s, int at) throws InvalidFrameException {
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(s[k], 16);
            if (d < 0) {
                throw new InvalidFrameException("bad \\u escape");
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
