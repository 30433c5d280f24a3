package io.mellchat.connectors.twitch.client;

import java.util.Optional;

/**
 * One parsed IRCv3 line: {@code [@tags] [:prefix] COMMAND [params...] [:trailing]}.
 *
 * <p>The parser only records where each part sits in the line; strings are cut out, and tag values
 * unescaped, when they are asked for. That keeps parsing cheap for the many tags a Twitch line
 * carries that nobody reads. Instances are immutable.
 */
public final class IrcMessage {

    private final String raw;
    // per tag: key start, key end, value start, value end (value end < 0: value has escapes)
    private final int[] tagPos;
    private final int[] tagHash;
    private final int tagCount;
    // two bits per tag key hash: a key whose bits are not all set is certainly absent
    private final long tagBloom;
    private final int prefixStart;
    private final int prefixEnd;
    private final int commandStart;
    private final int commandEnd;
    // per param: start, end
    private final int[] paramPos;
    private final int paramCount;

    IrcMessage(
            String raw,
            int[] tagPos,
            int[] tagHash,
            int tagCount,
            long tagBloom,
            int prefixStart,
            int prefixEnd,
            int commandStart,
            int commandEnd,
            int[] paramPos,
            int paramCount) {
        this.raw = raw;
        this.tagPos = tagPos;
        this.tagHash = tagHash;
        this.tagCount = tagCount;
        this.tagBloom = tagBloom;
        this.prefixStart = prefixStart;
        this.prefixEnd = prefixEnd;
        this.commandStart = commandStart;
        this.commandEnd = commandEnd;
        this.paramPos = paramPos;
        this.paramCount = paramCount;
    }

    /**
     * Parses one line (without its line ending).
     *
     * @throws MalformedLineException when the line has no command
     */
    public static IrcMessage parse(String line) {
        return IrcParser.parse(line);
    }

    /** The line as received. */
    public String raw() {
        return raw;
    }

    public String command() {
        return raw.substring(commandStart, commandEnd);
    }

    /** True when the command is {@code name} (exact case), without cutting a string. */
    public boolean isCommand(String name) {
        return commandEnd - commandStart == name.length() && raw.startsWith(name, commandStart);
    }

    /** The prefix without its colon ({@code nick!user@host} or a server name), or empty. */
    public String prefix() {
        return prefixStart < 0 ? "" : raw.substring(prefixStart, prefixEnd);
    }

    /** The nick of the prefix (the part before {@code !}), or the whole prefix, or empty. */
    public String nick() {
        if (prefixStart < 0) {
            return "";
        }
        int bang = raw.indexOf('!', prefixStart);
        return raw.substring(prefixStart, bang < 0 || bang > prefixEnd ? prefixEnd : bang);
    }

    public int paramCount() {
        return paramCount;
    }

    /** Parameter {@code i}; the trailing parameter (after {@code " :"}) is the last one. */
    public String param(int i) {
        if (i < 0 || i >= paramCount) {
            throw new IndexOutOfBoundsException("param " + i + " of " + paramCount);
        }
        return raw.substring(paramPos[2 * i], paramPos[2 * i + 1]);
    }

    /** The last parameter (usually the trailing text), or empty when there is none. */
    public String lastParam() {
        return paramCount == 0 ? "" : param(paramCount - 1);
    }

    /**
     * The channel login this line is about (the first parameter without its {@code #}), or empty
     * when the first parameter is not a channel.
     */
    public String channel() {
        if (paramCount == 0 || raw.charAt(paramPos[0]) != '#') {
            return "";
        }
        return raw.substring(paramPos[0] + 1, paramPos[1]);
    }

    public int tagCount() {
        return tagCount;
    }

    public boolean hasTag(String key) {
        return find(key) >= 0;
    }

    /** The unescaped value of a tag, empty when the tag is absent. */
    public Optional<String> tag(String key) {
        int i = find(key);
        return i < 0 ? Optional.empty() : Optional.of(value(i));
    }

    /** The unescaped value of a tag, or {@code fallback} when the tag is absent. */
    public String tagOr(String key, String fallback) {
        int i = find(key);
        return i < 0 ? fallback : value(i);
    }

    /**
     * A tag's value as a non-negative decimal number, or {@code fallback} when the tag is absent,
     * empty or not a number.
     */
    public long tagLong(String key, long fallback) {
        int i = find(key);
        if (i < 0) {
            return fallback;
        }
        int start = tagPos[4 * i + 2];
        int end = tagPos[4 * i + 3];
        if (end < 0 || end == start || end - start > 18) {
            return fallback;
        }
        long v = 0;
        for (int p = start; p < end; p++) {
            char c = raw.charAt(p);
            if (c < '0' || c > '9') {
                return fallback;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** True when the tag is present with exactly the value {@code expected} (no escapes). */
    public boolean tagIs(String key, String expected) {
        int i = find(key);
        if (i < 0) {
            return false;
        }
        int start = tagPos[4 * i + 2];
        int end = tagPos[4 * i + 3];
        return end - start == expected.length() && raw.startsWith(expected, start);
    }

    /** The key of tag {@code i} (in line order). */
    public String tagKey(int i) {
        checkTag(i);
        return raw.substring(tagPos[4 * i], tagPos[4 * i + 1]);
    }

    /** True when tag {@code i}'s key starts with {@code prefix}. */
    public boolean tagKeyStartsWith(int i, String prefix) {
        checkTag(i);
        return tagPos[4 * i + 1] - tagPos[4 * i] >= prefix.length()
                && raw.startsWith(prefix, tagPos[4 * i]);
    }

    /** The unescaped value of tag {@code i} (in line order). */
    public String tagValue(int i) {
        checkTag(i);
        return value(i);
    }

    private void checkTag(int i) {
        if (i < 0 || i >= tagCount) {
            throw new IndexOutOfBoundsException("tag " + i + " of " + tagCount);
        }
    }

    static long bloomBits(int hash) {
        return (1L << (hash & 63)) | (1L << ((hash >>> 6) & 63));
    }

    private int find(String key) {
        int h = key.hashCode();
        long bits = bloomBits(h);
        if ((tagBloom & bits) != bits) {
            return -1;
        }
        int len = key.length();
        for (int i = 0; i < tagCount; i++) {
            if (tagHash[i] == h) {
                int ks = tagPos[4 * i];
                if (tagPos[4 * i + 1] - ks == len && sameKey(key, ks, len)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** {@code raw[ks, ks+len) == key}; a plain loop beats startsWith for short keys. */
    private boolean sameKey(String key, int ks, int len) {
        for (int j = 0; j < len; j++) {
            if (raw.charAt(ks + j) != key.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private String value(int i) {
        int start = tagPos[4 * i + 2];
        int end = tagPos[4 * i + 3];
        if (end >= 0) {
            return start == end ? "" : raw.substring(start, end);
        }
        return TagEscapes.unescape(raw, start, -end - 1);
    }

    @Override
    public String toString() {
        return raw;
    }
}
