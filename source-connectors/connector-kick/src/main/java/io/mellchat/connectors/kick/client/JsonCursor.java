package io.mellchat.connectors.kick.client;

/**
 * A pull reader over one JSON document in a {@code char[]}, for the few documents read on the hot
 * path (a chat message's {@code data}): field names are compared in place, values that are not
 * wanted are skipped (and validated), and only the wanted strings are materialised. Not a general
 * parser: numbers are handed out as their text.
 *
 * <p>Usage: {@code if (c.beginObject()) while (c.nextField()) { if (c.nameIs("id")) ... else
 * c.skip(); }}. Objects and arrays are read depth-first, each to its end, before the enclosing one
 * continues.
 *
 * <p>{@linkplain #quoted Quoted}, it reads a document that is itself the content of a JSON string
 * literal — Pusher's {@code "data":"{\"id\":…}"} — without decoding that literal first: a quote of
 * the document is {@code \"} there, the literal's own escapes are undone as characters are read,
 * and the document ends at the literal's closing quote. Quoted reading knows only what encoders
 * produce (escaped quotes, backslashes, slashes, unicode and whitespace escapes); anything else —
 * even valid but unusual, such as an escaped brace — fails, and the caller then decodes the literal
 * and reads it plainly, which decides.
 */
final class JsonCursor {
    /** Deeper documents are refused, as Jackson refuses them (and before the stack runs out). */
    static final int MAX_DEPTH = 1000;

    private final char[] s;
    private final int limit;
    private int depth;
    private final boolean quoted;
    private int i;
    private int nameStart;
    private int nameEnd;
    private String decodedName;
    private boolean afterOpen;

    JsonCursor(char[] s, int start, int limit) {
        this(s, start, limit, false);
    }

    private JsonCursor(char[] s, int start, int limit, boolean quoted) {
        this.s = s;
        this.i = start;
        this.limit = limit;
        this.quoted = quoted;
    }

    /**
     * A cursor over the document inside the string literal whose opening quote is at {@code quote};
     * {@link #end} then returns the index after the literal's closing quote.
     */
    static JsonCursor quoted(char[] s, int quote) {
        return new JsonCursor(s, quote + 1, s.length, true);
    }

    /** Consumes a {@code {} and returns true, or returns false (consuming nothing) if not one. */
    boolean beginObject() throws InvalidFrameException {
        return begin('{');
    }

    /** Consumes a {@code [} and returns true, or returns false (consuming nothing) if not one. */
    boolean beginArray() throws InvalidFrameException {
        return begin('[');
    }

    private boolean begin(char open) throws InvalidFrameException {
        skipWhitespace();
        if (i < limit && s[i] == open) {
            i++;
            afterOpen = true;
            return true;
        }
        if (i >= limit) {
            throw new InvalidFrameException("truncated JSON");
        }
        return false;
    }

    /**
     * Moves to the next field of the current object, reading its name and the colon; false (with
     * the closing brace consumed) at the end of the object.
     */
    boolean nextField() throws InvalidFrameException {
        if (!nextMember('}')) {
            return false;
        }
        if (!atQuote()) {
            throw new InvalidFrameException("expected a field name at offset " + i);
        }
        decodedName = null;
        nameStart = i + (quoted ? 2 : 1);
        int j = nameStart;
        while (j < limit && s[j] != '"' && s[j] != '\\' && s[j] >= 0x20) {
            j++;
        }
        if (quoted) {
            if (j + 1 >= limit || s[j] != '\\' || s[j + 1] != '"') {
                throw new InvalidFrameException("unusual field name at offset " + i);
            }
            nameEnd = j;
            i = j + 2;
        } else if (j < limit && s[j] == '"') {
            nameEnd = j;
            i = j + 1;
        } else {
            JsonStrings.Literal name = JsonStrings.decodeAt(s, i, limit);
            decodedName = name.value();
            i = name.end();
        }
        skipWhitespace();
        if (i >= limit || s[i] != ':') {
            throw new InvalidFrameException("expected ':' at offset " + i);
        }
        i++;
        return true;
    }

    /**
     * Moves to the next element of the current array; false (with the bracket consumed) at its end.
     */
    boolean nextElement() throws InvalidFrameException {
        return nextMember(']');
    }

    private boolean nextMember(char close) throws InvalidFrameException {
        skipWhitespace();
        if (i >= limit) {
            throw new InvalidFrameException("truncated JSON");
        }
        char c = s[i];
        if (c == close) {
            i++;
            afterOpen = false;
            return false;
        }
        if (afterOpen) {
            afterOpen = false;
        } else if (c == ',') {
            i++;
            skipWhitespace();
        } else {
            throw new InvalidFrameException("expected ',' or '" + close + "' at offset " + i);
        }
        return true;
    }

    /** Whether the current field's name is {@code name}. */
    boolean nameIs(String name) {
        if (decodedName != null) {
            return decodedName.equals(name);
        }
        int n = nameEnd - nameStart;
        if (n != name.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (s[nameStart + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The next value as text: a string decoded, a number or boolean as written, "" for null; an
     * object or array is skipped and gives "".
     */
    String scalar() throws InvalidFrameException {
        skipWhitespace();
        if (i >= limit) {
            throw new InvalidFrameException("truncated JSON");
        }
        if (atQuote()) {
            return string();
        }
        char c = s[i];
        int start = i;
        skip();
        return c == '{' || c == '[' || c == 'n' ? "" : new String(s, start, i - start);
    }

    /** The next value if it is a string, else null (the value is skipped). */
    String stringOrNull() throws InvalidFrameException {
        skipWhitespace();
        if (i < limit && atQuote()) {
            return string();
        }
        skip();
        return null;
    }

    /** The next value if it is an integer that fits an int, else 0 (the value is skipped). */
    int intOrZero() throws InvalidFrameException {
        skipWhitespace();
        int start = i;
        skip();
        long v = 0;
        int k = start < i && s[start] == '-' ? start + 1 : start;
        if (k == i) {
            return 0;
        }
        for (; k < i; k++) {
            char c = s[k];
            if (c < '0' || c > '9' || (v = v * 10 + (c - '0')) > 1L + Integer.MAX_VALUE) {
                return 0;
            }
        }
        long value = s[start] == '-' ? -v : v;
        return value > Integer.MAX_VALUE ? 0 : (int) value;
    }

    /** Skips the next value, checking that it is well-formed JSON. */
    void skip() throws InvalidFrameException {
        if (++depth > MAX_DEPTH) {
            throw new InvalidFrameException("JSON nested deeper than " + MAX_DEPTH);
        }
        try {
            skipValue();
        } finally {
            depth--;
        }
    }

    private void skipValue() throws InvalidFrameException {
        skipWhitespace();
        if (i >= limit) {
            throw new InvalidFrameException("truncated JSON");
        }
        if (atQuote()) {
            string();
            return;
        }
        switch (s[i]) {
            case '{':
                beginObject();
                while (nextField()) {
                    skip();
                }
                break;
            case '[':
                beginArray();
                while (nextElement()) {
                    skip();
                }
                break;
            case 't':
                literal("true");
                break;
            case 'f':
                literal("false");
                break;
            case 'n':
                literal("null");
                break;
            default:
                number();
                break;
        }
    }

    /**
     * Checks that nothing but whitespace follows the document; quoted, that the string literal
     * closes there.
     *
     * @return the index after the document (quoted: after the literal's closing quote)
     */
    int end() throws InvalidFrameException {
        skipWhitespace();
        if (quoted) {
            if (i >= limit || s[i] != '"') {
                throw new InvalidFrameException("trailing content in the data string");
            }
            return i + 1;
        }
        if (i != limit) {
            throw new InvalidFrameException("trailing content after the JSON document");
        }
        return i;
    }

    private boolean atQuote() {
        if (i >= limit) {
            return false;
        }
        return quoted ? s[i] == '\\' && i + 1 < limit && s[i + 1] == '"' : s[i] == '"';
    }

    private void skipWhitespace() {
        if (!quoted) {
            i = JsonStrings.skipWhitespace(s, i, limit);
            return;
        }
        while (i < limit) {
            char c = s[i];
            if (c == ' ') {
                i++;
            } else if (c == '\\' && i + 1 < limit && isEscapedWhitespace(s[i + 1])) {
                i += 2;
            } else {
                return;
            }
        }
    }

    private static boolean isEscapedWhitespace(char c) {
        return c == 'n' || c == 't' || c == 'r';
    }

    /** The string value at the cursor, decoded. */
    private String string() throws InvalidFrameException {
        if (!quoted) {
            JsonStrings.Literal v = JsonStrings.decodeAt(s, i, limit);
            i = v.end();
            return v.value();
        }
        int start = i + 2;
        int j = start;
        while (j < limit) {
            char c = s[j];
            if (c == '\\' || c == '"' || c < 0x20) {
                break;
            }
            j++;
        }
        if (j + 1 < limit && s[j] == '\\' && s[j + 1] == '"') {
            i = j + 2;
            return new String(s, start, j - start);
        }
        return quotedEscapes(start, j);
    }

    /**
     * A quoted string value with escapes: an escaped quote ends it; an escaped backslash starts an
     * escape of the document (quote, backslash, slash, n, t… or a unicode escape, each as the
     * literal encodes it); an escaped slash and a unicode escape of the literal stand for one
     * character.
     */
    private String quotedEscapes(int start, int at) throws InvalidFrameException {
        StringBuilder out = new StringBuilder(at - start + 16);
        out.append(s, start, at - start);
        int j = at;
        while (j + 1 < limit) {
            char c = s[j];
            if (c == '"' || c < 0x20) {
                break;
            }
            if (c != '\\') {
                out.append(c);
                j++;
                continue;
            }
            char e = s[j + 1];
            if (e == '"') {
                i = j + 2;
                return out.toString();
            } else if (e == '/') {
                out.append('/');
                j += 2;
            } else if (e == 'u') {
                char x = (char) hex4(j + 2);
                if (x == '"' || x == '\\' || x < 0x20) {
                    break;
                }
                out.append(x);
                j += 6;
            } else if (e == '\\' && j + 2 < limit) {
                j = documentEscape(j + 2, out);
            } else {
                break;
            }
        }
        throw new InvalidFrameException("unusual string at offset " + i);
    }

    /** A document escape whose letter starts at {@code at}; returns the index after it. */
    private int documentEscape(int at, StringBuilder out) throws InvalidFrameException {
        char f = s[at];
        if (f == '\\') {
            char g = at + 1 < limit ? s[at + 1] : 0;
            if (g == '"' || g == '\\' || g == '/') {
                out.append(g);
                return at + 2;
            }
            throw new InvalidFrameException("unusual escape at offset " + at);
        }
        switch (f) {
            case 'n':
                out.append('\n');
                break;
            case 't':
                out.append('\t');
                break;
            case 'r':
                out.append('\r');
                break;
            case 'b':
                out.append('\b');
                break;
            case 'f':
                out.append('\f');
                break;
            case '/':
                out.append('/');
                break;
            case 'u':
                out.append((char) hex4(at + 1));
                return at + 5;
            default:
                throw new InvalidFrameException("unusual escape at offset " + at);
        }
        return at + 1;
    }

    private int hex4(int at) throws InvalidFrameException {
        if (at + 4 > limit) {
            throw new InvalidFrameException("truncated \\u escape");
        }
        return JsonStrings.hex4(s, at);
    }

    private void literal(String word) throws InvalidFrameException {
        int n = word.length();
        if (i + n > limit) {
            throw new InvalidFrameException("truncated JSON");
        }
        for (int k = 0; k < n; k++) {
            if (s[i + k] != word.charAt(k)) {
                throw new InvalidFrameException("unexpected character at offset " + (i + k));
            }
        }
        i += n;
        requireDelimiter();
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?} */
    private void number() throws InvalidFrameException {
        int start = i;
        if (i < limit && s[i] == '-') {
            i++;
        }
        int intStart = i;
        int digits = digits();
        if (digits == 0 || (digits > 1 && s[intStart] == '0')) {
            throw new InvalidFrameException("bad number at offset " + start);
        }
        if (i < limit && s[i] == '.') {
            i++;
            if (digits() == 0) {
                throw new InvalidFrameException("bad number at offset " + start);
            }
        }
        if (i < limit && (s[i] == 'e' || s[i] == 'E')) {
            i++;
            if (i < limit && (s[i] == '+' || s[i] == '-')) {
                i++;
            }
            if (digits() == 0) {
                throw new InvalidFrameException("bad number at offset " + start);
            }
        }
        requireDelimiter();
    }

    private int digits() {
        int start = i;
        while (i < limit && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
        return i - start;
    }

    /**
     * A scalar other than a string must be followed by whitespace, a comma, a bracket or the end
     * (quoted: the literal's closing quote, or an escaped whitespace).
     */
    private void requireDelimiter() throws InvalidFrameException {
        if (i >= limit) {
            return;
        }
        char c = s[i];
        if (c == ',' || c == '}' || c == ']' || c == ' ') {
            return;
        }
        if (quoted
                ? c == '"' || (c == '\\' && i + 1 < limit && isEscapedWhitespace(s[i + 1]))
                : c == '\t' || c == '\n' || c == '\r') {
            return;
        }
        throw new InvalidFrameException("unexpected character at offset " + i);
    }
}
