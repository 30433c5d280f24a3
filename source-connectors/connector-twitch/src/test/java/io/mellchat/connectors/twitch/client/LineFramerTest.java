package io.mellchat.connectors.twitch.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineFramerTest {

    private final List<String> lines = new ArrayList<>();
    private final List<Long> tooLong = new ArrayList<>();

    private LineFramer framer(int max) {
        return new LineFramer(
                max,
                new LineFramer.Sink() {
                    @Override
                    public void line(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void tooLong(long bytes) {
                        tooLong.add(bytes);
                    }
                });
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnCrlfAndOnBareLf() {
        LineFramer f = framer(1024);
        byte[] b = utf8("PING :a\r\nPING :b\nPING :c\r\n\r\n");
        f.feed(b, 0, b.length);
        assertThat(lines).containsExactly("PING :a", "PING :b", "PING :c");
    }

    @Test
    void joinsLinesSplitAcrossReadsEvenBetweenCrAndLf() {
        LineFramer f = framer(1024);
        byte[] b = utf8("PRIVMSG #c :héllo 😂\r\nNEXT\r\n");
        for (int i = 0; i < b.length; i++) {
            f.feed(b, i, 1); // one byte at a time, splitting UTF-8 sequences and CRLF
        }
        assertThat(lines).containsExactly("PRIVMSG #c :héllo 😂", "NEXT");
    }

    @Test
    void decodesInvalidUtf8WithReplacementCharacters() {
        LineFramer f = framer(1024);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(":a!a@a PRIVMSG #c :bad "));
        out.write(0xff);
        out.write(0xc3); // truncated two-byte sequence
        out.writeBytes(utf8(" end\r\n"));
        byte[] b = out.toByteArray();
        f.feed(b, 0, b.length);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith(":a!a@a PRIVMSG #c :bad ").endsWith(" end");
        assertThat(lines.get(0)).contains("\uFFFD");
    }

    @Test
    void skipsAndCountsLinesOverTheLimitThenCarriesOn() {
        LineFramer f = framer(100);
        byte[] b = utf8("short\r\n" + "x".repeat(250) + "\r\nafter\r\n");
        f.feed(b, 0, 60);
        f.feed(b, 60, 60);
        f.feed(b, 120, b.length - 120);
        assertThat(lines).containsExactly("short", "after");
        assertThat(tooLong).hasSize(1);
        assertThat(tooLong.get(0)).isGreaterThanOrEqualTo(100);
    }

    @Test
    void acceptsLinesFarOverFiveHundredTwelveBytesUnderTheLimit() {
        LineFramer f = framer(64 * 1024);
        String big = "@id=x :a!a@a PRIVMSG #c :" + "y".repeat(50_000);
        byte[] b = utf8(big + "\r\n");
        f.feed(b, 0, b.length);
        assertThat(lines).containsExactly(big);
    }

    @Test
    void skipsAHundredKilobyteLineWithTheDefaultLimit() {
        LineFramer f = framer(64 * 1024);
        byte[] b = utf8("@id=x :a!a@a PRIVMSG #c :" + "y".repeat(100 * 1024) + "\r\nPING :ok\r\n");
        f.feed(b, 0, b.length);
        assertThat(lines).containsExactly("PING :ok");
        assertThat(tooLong).hasSize(1);
    }

    @Test
    void framesSeveralLinesPerWebSocketFrameAndEndsALineAtTheFrameEnd() {
        LineFramer f = framer(1024);
        f.feedText("PING :a\r\nPING :b\r\nPING :c", true);
        f.feedText("PING :d\r\n", true);
        assertThat(lines).containsExactly("PING :a", "PING :b", "PING :c", "PING :d");
    }

    @Test
    void joinsFragmentedTextFrames() {
        LineFramer f = framer(1024);
        f.feedText("PRIVMSG #c :hel", false);
        f.feedText("lo\r", false);
        f.feedText("\nNEXT", true);
        assertThat(lines).containsExactly("PRIVMSG #c :hello", "NEXT");
    }

    @Test
    void countsTextFrameLimitsInUtf8Bytes() {
        LineFramer f = framer(10);
        f.feedText("ééééé", true); // 10 bytes: fits
        f.feedText("éééééé", true); // 12 bytes: too long
        f.feedText("ok", true);
        assertThat(lines).containsExactly("ééééé", "ok");
        assertThat(tooLong).containsExactly(12L);
    }

    @Test
    void binaryFramesEndTheirLine() {
        LineFramer f = framer(1024);
        byte[] b = utf8("PING :bin");
        f.feedFrame(b, 0, b.length);
        assertThat(lines).containsExactly("PING :bin");
    }
}
