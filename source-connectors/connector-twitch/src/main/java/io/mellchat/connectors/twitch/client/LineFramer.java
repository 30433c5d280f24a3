package io.mellchat.connectors.twitch.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream (TCP) or WebSocket text frames into IRC lines. Lines end with CRLF or a bare
 * LF; over WebSocket the end of a frame also ends a line, and one frame may carry several lines.
 * Bytes are decoded as UTF-8 with invalid sequences replaced by U+FFFD. A line longer than {@code
 * maxLineBytes} (counted in UTF-8 bytes) is dropped as it streams in and reported once; empty lines
 * are ignored. Not thread-safe: one framer per connection.
 */
public final class LineFramer {

    /** Where complete lines go. */
    public interface Sink {
        void line(String line);

        /** A line of {@code bytes} bytes (at least) was over the limit and skipped. */
        void tooLong(long bytes);
    }

    private final int maxLineBytes;
    private final Sink sink;
    private byte[] bytes = new byte[512];
    private int byteCount;
    private final StringBuilder chars = new StringBuilder(512);
    private long charLineBytes;
    private boolean discarding;
    private long discarded;

    public LineFramer(int maxLineBytes, Sink sink) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
        this.sink = sink;
    }

    /** Feeds raw bytes from a stream. A line may span calls. */
    public void feed(byte[] data, int off, int len) {
        int end = off + len;
        int start = off;
        for (int i = off; i < end; i++) {
            if (data[i] == '\n') {
                appendBytes(data, start, i - start);
                endByteLine();
                start = i + 1;
            }
        }
        appendBytes(data, start, end - start);
    }

    /** Feeds one binary frame: bytes, where the end of the frame ends the line. */
    public void feedFrame(byte[] data, int off, int len) {
        feed(data, off, len);
        endByteLine();
    }

    /**
     * Feeds (part of) a WebSocket text frame; {@code last} is true on the frame's last part, which
     * also ends the current line.
     */
    public void feedText(CharSequence text, boolean last) {
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == '\n') {
                appendChars(text, start, i);
                endCharLine();
                start = i + 1;
            }
        }
        appendChars(text, start, n);
        if (last) {
            endCharLine();
        }
    }

    private void appendBytes(byte[] data, int off, int len) {
        if (len == 0) {
            return;
        }
        if (discarding) {
            discarded += len;
            return;
        }
        if (byteCount + len > maxLineBytes) {
            startDiscarding(byteCount + len);
            return;
        }
        if (byteCount + len > bytes.length) {
            bytes =
                    Arrays.copyOf(
                            bytes,
                            Math.min(maxLineBytes, Math.max(byteCount + len, 2 * bytes.length)));
        }
        System.arraycopy(data, off, bytes, byteCount, len);
        byteCount += len;
    }

    private void endByteLine() {
        if (discarding) {
            finishDiscarding();
            return;
        }
        int len = byteCount;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        byteCount = 0;
        if (len > 0) {
            sink.line(new String(bytes, 0, len, StandardCharsets.UTF_8));
        }
        if (bytes.length > 64 * 1024) {
            bytes = new byte[512]; // do not keep a huge buffer after one huge line
        }
    }

    private void appendChars(CharSequence text, int start, int end) {
        if (start == end) {
            return;
        }
        long added = utf8Length(text, start, end);
        if (discarding) {
            discarded += added;
            return;
        }
        if (charLineBytes + added > maxLineBytes) {
            startDiscarding(charLineBytes + added);
            return;
        }
        chars.append(text, start, end);
        charLineBytes += added;
    }

    private void endCharLine() {
        if (discarding) {
            finishDiscarding();
            return;
        }
        int len = chars.length();
        if (len > 0 && chars.charAt(len - 1) == '\r') {
            len--;
        }
        if (len > 0) {
            sink.line(chars.substring(0, len));
        }
        chars.setLength(0);
        charLineBytes = 0;
        if (chars.capacity() > 64 * 1024) {
            chars.trimToSize();
        }
    }

    private void startDiscarding(long bytesSoFar) {
        discarding = true;
        discarded = bytesSoFar;
        byteCount = 0;
        chars.setLength(0);
        charLineBytes = 0;
    }

    private void finishDiscarding() {
        discarding = false;
        sink.tooLong(discarded);
        discarded = 0;
    }

    private static long utf8Length(CharSequence s, int start, int end) {
        long n = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isSurrogate(c)) {
                n += 2; // a pair is 4 bytes
            } else {
                n += 3;
            }
        }
        return n;
    }
}
