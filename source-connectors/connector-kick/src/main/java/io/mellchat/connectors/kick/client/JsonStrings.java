package io.mellchat.connectors.kick.client;

/**
 * Scans JSON text held in a {@code char[]}: string literals, whitespace, whole values. Pusher's
 * {@code data} is a JSON document inside a JSON string, so every quote in it is escaped; decoding
 * it here in one tight loop is much cheaper than a general parser's escape handling.
 */
final class JsonStrings {
    /** Per-thread scratch space for decoding, so that no large buffer is zeroed per frame. */
    private static final ThreadLocal<char[]> SCRATCH =
            ThreadLocal.withInitial(() -> new char[4096]);

    private JsonStrings() {}

    /** A decoded string literal and the index just after its closing quote. */
    record Literal(String value, int end) {}

    /**
     * The string literal whose opening quote is at {@code quote}.
     *
     * @throws InvalidFrameException on a bad escape, a raw control character or a missing quote
     */
    static Literal decodeAt(char[] s, int quote) throws InvalidFrameException {
        return decodeAt(s, quote, s.length);
    }

    /**
     * The string literal whose opening quote is at {@code quote}, in {@code s} up to {@code limit}
     * (exclusive). A literal without escapes becomes a string in one copy; one with escapes is
     * copied character by character into scratch space (Pusher's data strings escape a quote every
     * few characters, too often for bulk copies of the runs between them to pay off).
     *
     * @throws InvalidFrameException on a bad escape, a raw control character or a missing quote
     */
    static Literal decodeAt(char[] s, int quote, int limit) throws InvalidFrameException {
        if (quote < 0 || quote >= limit || s[quote] != '"') {
            throw new InvalidFrameException("no string literal at offset " + quote);
        }
        int start = quote + 1;
        int i = start;
        while (i < limit) {
            char c = s[i];
            if (c == '"') {
                return new Literal(new String(s, start, i - start), i + 1);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            i++;
        }
        char[] out = SCRATCH.get();
        if (out.length < limit - quote) {
            out = new char[limit - quote];
            if (out.length <= 256 * 1024) {
                SCRATCH.set(out);
            }
        }
        int len = i - start;
        System.arraycopy(s, start, out, 0, len);
        while (i < limit) {
            char c = s[i++];
            if (c == '"') {
                return new Literal(new String(out, 0, len), i);
            }
            if (c < 0x20) {
                throw new InvalidFrameException("raw control character in a string");
            }
            if (c != '\\') {
                out[len++] = c;
            } else if (i < limit) {
                char e = s[i];
                if (e == '"' || e == '\\' || e == '/') {
                    out[len++] = e;
                    i++;
                } else {
                    i = escape(s, i, limit, out, len++);
                }
            }
        }
        throw new InvalidFrameException("unterminated string");
    }

    /**
     * Decodes the escape whose letter is at {@code at} (after the backslash) into {@code out[len]}
     * and returns the index after it.
     */
    private static int escape(char[] s, int at, int limit, char[] out, int len)
            throws InvalidFrameException {
        char e = s[at];
        switch (e) {
            case 'b':
                out[len] = '\b';
                return at + 1;
            case 'f':
                out[len] = '\f';
                return at + 1;
            case 'n':
                out[len] = '\n';
                return at + 1;
            case 'r':
                out[len] = '\r';
                return at + 1;
            case 't':
                out[len] = '\t';
                return at + 1;
            case 'u':
                if (at + 5 > limit) {
                    throw new InvalidFrameException("truncated \\u escape");
                }
                out[len] = (char) hex4(s, at + 1);
                return at + 5;
            default:
                throw new InvalidFrameException("bad escape \\" + e);
        }
    }

    /** The value of an ASCII hex digit, or -1 (JSON allows no other digits in a \\u escape). */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The index after the whitespace at {@code i}. */
    static int skipWhitespace(char[] s, int i) {
        return skipWhitespace(s, i, s.length);
    }

    /** The index after the whitespace at {@code i}, at most {@code limit}. */
    static int skipWhitespace(char[] s, int i, int limit) {
        while (i < limit) {
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

    /** The four hex digits at {@code at} (the caller checks they are there). */
    static int hex4(char[] s, int at) throws InvalidFrameException {
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = hexDigit(s[k]);
            if (d < 0) {
                throw new InvalidFrameException("bad \\u escape");
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
