package io.mellchat.connectors.twitch.client;

import java.util.Arrays;

/**
 * A single-pass IRCv3 line parser without regular expressions or splitting: it records the
 * positions of tags, prefix, command and parameters and computes each tag key's hash on the way, so
 * that {@link IrcMessage} finds tags without cutting strings. Lines of any length are accepted; the
 * framing layer enforces the size limit.
 */
final class IrcParser {

    private static final int MAX_PARAMS = 15;

    private IrcParser() {}

    static IrcMessage parse(String line) {
        int n = line.length();
        int p = 0;
        while (p < n && line.charAt(p) == ' ') {
            p++;
        }
        if (p == n) {
            throw new MalformedLineException("empty line", line);
        }

        int[] tagPos = EMPTY;
        int[] tagHash = EMPTY;
        int tagCount = 0;
        long tagBloom = 0;
        if (line.charAt(p) == '@') {
            int tagsEnd = line.indexOf(' ', p);
            if (tagsEnd < 0) {
                throw new MalformedLineException("tags without a command", line);
            }
            int capacity = 24; // PRIVMSG carries 17-23 tags; USERNOTICE grows once
            tagPos = new int[4 * capacity];
            tagHash = new int[capacity];
            int q = p + 1;
            while (q < tagsEnd) {
                int keyStart = q;
                int h = 0;
                char c = 0;
                while (q < tagsEnd && (c = line.charAt(q)) != '=' && c != ';') {
                    h = 31 * h + c;
                    q++;
                }
                int keyEnd = q;
                int valStart = q;
                int valEnd = q;
                boolean escaped = false;
                if (q < tagsEnd && c == '=') {
                    valStart = ++q;
                    while (q < tagsEnd && (c = line.charAt(q)) != ';') {
                        if (c == '\\') {
                            escaped = true;
                        }
                        q++;
                    }
                    valEnd = q;
                }
                q++; // past ';'
                if (keyEnd == keyStart) {
                    continue; // ";;" or "=v": nothing to keep
                }
                if (tagCount == capacity) {
                    capacity *= 2;
                    tagPos = Arrays.copyOf(tagPos, 4 * capacity);
                    tagHash = Arrays.copyOf(tagHash, capacity);
                }
                int b = 4 * tagCount;
                tagPos[b] = keyStart;
                tagPos[b + 1] = keyEnd;
                tagPos[b + 2] = valStart;
                tagPos[b + 3] = escaped ? -valEnd - 1 : valEnd;
                tagHash[tagCount++] = h;
                tagBloom |= IrcMessage.bloomBits(h);
            }
            p = skipSpaces(line, tagsEnd);
            if (p == n) {
                throw new MalformedLineException("tags without a command", line);
            }
        }

        int prefixStart = -1;
        int prefixEnd = -1;
        if (line.charAt(p) == ':') {
            prefixStart = p + 1;
            prefixEnd = line.indexOf(' ', p);
            if (prefixEnd < 0) {
                throw new MalformedLineException("prefix without a command", line);
            }
            p = skipSpaces(line, prefixEnd);
            if (p == n) {
                throw new MalformedLineException("prefix without a command", line);
            }
        }

        int commandStart = p;
        while (p < n && line.charAt(p) != ' ') {
            char c = line.charAt(p);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                throw new MalformedLineException("invalid command", line);
            }
            p++;
        }
        int commandEnd = p;

        int[] paramPos = new int[8]; // PRIVMSG has 2 parameters; grows up to MAX_PARAMS
        int paramCount = 0;
        p = skipSpaces(line, p);
        while (p < n) {
            if (2 * paramCount == paramPos.length) {
                paramPos = Arrays.copyOf(paramPos, 2 * MAX_PARAMS);
            }
            if (line.charAt(p) == ':' || paramCount == MAX_PARAMS - 1) {
                int start = line.charAt(p) == ':' ? p + 1 : p;
                paramPos[2 * paramCount] = start;
                paramPos[2 * paramCount + 1] = n;
                paramCount++;
                break;
            }
            int start = p;
            while (p < n && line.charAt(p) != ' ') {
                p++;
            }
            paramPos[2 * paramCount] = start;
            paramPos[2 * paramCount + 1] = p;
            paramCount++;
            p = skipSpaces(line, p);
        }
        return new IrcMessage(
                line,
                tagPos,
                tagHash,
                tagCount,
                tagBloom,
                prefixStart,
                prefixEnd,
                commandStart,
                commandEnd,
                paramPos,
                paramCount);
    }

    private static int skipSpaces(String line, int p) {
        int n = line.length();
        while (p < n && line.charAt(p) == ' ') {
            p++;
        }
        return p;
    }

    private static final int[] EMPTY = new int[0];
}
