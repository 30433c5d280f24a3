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
 */
final class JsonCursor {
    private final char[] s;
    private final int limit;
    private int i;
    private int nameStart;
    private int nameEnd;
    private String decodedName;
    private boolean afterOpen;

    JsonCursor(char[] s, int start, int limit) {
        this.s = s;
        this.i = start;
        this.limit = limit;
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
        i = JsonStrings.skipWhitespace(s, i, limit);
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
        if (i >= limit || s[i] != '"') {
            throw new InvalidFrameException("expected a field name at offset " + i);
        }
        nameStart = i + 1;
        decodedName = null;
        int j = nameStart;
        while (j < limit && s[j] != '"' && s[j] != '\\') {
            j++;
        }
        if (j < limit && s[j] == '"') {
            nameEnd = j;
            i = j + 1;
        } else {
            JsonStrings.Literal name = JsonStrings.decodeAt(s, i, limit);
            decodedName = name.value();
            i = name.end();
        }
        i = JsonStrings.skipWhitespace(s, i, limit);
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
        i = JsonStrings.skipWhitespace(s, i, limit);
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
            i = JsonStrings.skipWhitespace(s, i + 1, limit);
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
        i = JsonStrings.skipWhitespace(s, i, limit);
        if (i >= limit) {
            throw new InvalidFrameException("truncated JSON");
        }
        char c = s[i];
        if (c == '"') {
            JsonStrings.Literal v = JsonStrings.decodeAt(s, i, limit);
            i = v.end();
            return v.value();
        }
        int start = i;
        skip();
        return c == '{' || c == '[' || c == 'n' ? "" : new String(s, start, i - start);
    }

    /** The next value if it is a string, else null (the value is skipped). */
    String stringOrNull() throws InvalidFrameException {
        i = JsonStrings.skipWhitespace(s, i, limit);
        if (i < limit && s[i] == '"') {
            return scalar();
        }
        skip();
        return null;
    }

    /** The next value if it is an integer that fits an int, else 0 (the value is skipped). */
    int intOrZero() throws InvalidFrameException {
        i = JsonStrings.skipWhitespace(s, i, limit);
        int start = i;
        skip();
        long v = 0;
        int k = start < i && s[start] == '-' ? start + 1 : start;
        if (k == i) {
            return 0;
        }
        for (; k < i; k++) {
            char c = s[k];
            if (c < '0' || c > '9' || (v = v * 10 + (c - '0')) > Integer.MAX_VALUE) {
                return 0;
            }
        }
        return (int) (s[start] == '-' ? -v : v);
    }

    /** Skips the next value, checking that it is well-formed JSON. */
    void skip() throws InvalidFrameException {
        i = JsonStrings.skipWhitespace(s, i, limit);
        if (i >= limit) {
            throw new InvalidFrameException("truncated JSON");
        }
        char c = s[i];
        switch (c) {
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
            case '"':
                i = JsonStrings.decodeAt(s, i, limit).end();
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

    /** Checks that nothing but whitespace follows the document. */
    void end() throws InvalidFrameException {
        if (JsonStrings.skipWhitespace(s, i, limit) != limit) {
            throw new InvalidFrameException("trailing content after the JSON document");
        }
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
     * A scalar other than a string must be followed by whitespace, a comma, a bracket or the end.
     */
    private void requireDelimiter() throws InvalidFrameException {
        if (i < limit) {
            char c = s[i];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\t' && c != '\n'
                    && c != '\r') {
                throw new InvalidFrameException("unexpected character at offset " + i);
            }
        }
    }
}
