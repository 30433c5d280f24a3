package io.mellchat.connectors.kick.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonCursorTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static JsonCursor cursor(String json) {
        char[] cs = json.toCharArray();
        return new JsonCursor(cs, 0, cs.length);
    }

    /** Skips the whole document the way the chat path skips what it does not use. */
    private static boolean cursorAccepts(String json) {
        try {
            JsonCursor c = cursor(json);
            c.skip();
            c.end();
            return true;
        } catch (InvalidFrameException e) {
            return false;
        }
    }

    private static boolean jacksonAccepts(String json) {
        try (var p = JACKSON.getFactory().createParser(json)) {
            while (p.nextToken() != null) {
                // reads every token
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void acceptsAndRejectsTheSameDocumentsAsJackson() {
        List<String> docs =
                List.of(
                        "{}",
                        "[]",
                        " { \"a\" : [ 1 , -2.5e+3 , true , false , null , \"x\" , { } ] } ",
                        "{\"a\":{\"b\":{\"c\":[[[]]]}}}",
                        "{\"esc\\\"aped\":\"\\u00e9\\n\\t\\\\\\/\"}",
                        "0",
                        "-0.0e0",
                        "\"plain\"",
                        "{",
                        "{\"a\"}",
                        "{\"a\":}",
                        "{\"a\":1,}",
                        "[1,]",
                        "[1 2]",
                        "{\"a\":1}}",
                        "{\"a\":01}",
                        "{\"a\":1.}",
                        "{\"a\":.5}",
                        "{\"a\":-}",
                        "{\"a\":1e}",
                        "{\"a\":tru}",
                        "{\"a\":truex}",
                        "{\"a\":nul}",
                        "{\"a\":\"unterminated}",
                        "{\"a\":\"bad \\x escape\"}",
                        "{\"a\":\"raw\ncontrol\"}",
                        "{\"a\":\"\\u12\"}",
                        "{a:1}",
                        "{\"a\":\"\\u00\uFF219\"}",
                        "{\"a\":1,",
                        "{\"a\":[1,",
                        "[" + "[".repeat(5_000) + "]".repeat(5_000) + "]",
                        "[" + "[".repeat(200) + "]".repeat(200) + "]",
                        "{\"a\nb\":1}",
                        "{\"a\\u0041\":1}",
                        "{\"a\":1 \"b\":2}",
                        "[\"a\" \"b\"]",
                        "{\"a\":[1,{\"b\":2]}");
        for (String doc : docs) {
            assertThat(cursorAccepts(doc)).as(doc).isEqualTo(jacksonAccepts(doc));
        }
    }

    @Test
    void unicodeEscapesTakeOnlyAsciiHexDigits() {
        // RFC 8259; Jackson 2.21 reads these Arabic-Indic digits as U+AAAA
        assertThat(cursorAccepts("{\"a\":\"\\u\u0661\u0661\u0661\u0661\"}")).isFalse();
        assertThat(cursorAccepts("{\"a\":\"\\u00e9\\u00C9\"}")).isTrue();
    }

    @Test
    void readsFieldsInPlaceAndSkipsTheRest() throws Exception {
        JsonCursor c =
                cursor(
                        "{\"skip\":{\"x\":[1,2,{\"y\":null}]},\"id\":\"a\\\"b\",\"n\":12,"
                                + "\"f\":1.5,\"t\":true,\"z\":null,\"o\":{\"k\":1},\"s\\u0074r\":\"v\"}");
        List<String> seen = new ArrayList<>();
        assertThat(c.beginObject()).isTrue();
        while (c.nextField()) {
            if (c.nameIs("skip")) {
                c.skip();
            } else if (c.nameIs("str")) {
                seen.add("str=" + c.scalar());
            } else {
                seen.add(c.scalar());
            }
        }
        c.end();

        assertThat(seen).containsExactly("a\"b", "12", "1.5", "true", "", "", "str=v");
    }

    @Test
    void intsThatDoNotFitAreZero() throws Exception {
        JsonCursor c =
                cursor(
                        "[26,-3,2147483647,2147483648,1.5,\"7\",null,99999999999999999999,"
                                + "-2147483648,-2147483649]");
        List<Integer> ints = new ArrayList<>();
        assertThat(c.beginArray()).isTrue();
        while (c.nextElement()) {
            ints.add(c.intOrZero());
        }

        assertThat(ints)
                .containsExactly(26, -3, Integer.MAX_VALUE, 0, 0, 0, 0, 0, Integer.MIN_VALUE, 0);
    }

    @Test
    void stringOrNullSkipsOtherValues() throws Exception {
        JsonCursor c = cursor("[\"a\",{\"b\":1},2]");
        assertThat(c.beginArray()).isTrue();
        assertThat(c.nextElement()).isTrue();
        assertThat(c.stringOrNull()).isEqualTo("a");
        assertThat(c.nextElement()).isTrue();
        assertThat(c.stringOrNull()).isNull();
        assertThat(c.nextElement()).isTrue();
        assertThat(c.stringOrNull()).isNull();
        assertThat(c.nextElement()).isFalse();
    }

    @Test
    void readsOnlyUpToItsLimit() throws Exception {
        char[] cs = "{\"a\":1}garbage".toCharArray();
        JsonCursor whole = new JsonCursor(cs, 0, 7);
        whole.skip();
        whole.end();

        JsonCursor cut = new JsonCursor(cs, 0, 6);
        assertThatThrownBy(cut::skip).isInstanceOf(InvalidFrameException.class);
    }
}
