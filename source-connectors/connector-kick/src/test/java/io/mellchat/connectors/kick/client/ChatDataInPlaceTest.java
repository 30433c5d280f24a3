package io.mellchat.connectors.kick.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A chat message's data is read in place, inside its string literal, while the envelope is scanned
 * ({@link JsonCursor#quoted}). These tests hold that path to the plain one (decode the literal,
 * then read it), on hostile text in both encodings seen in the wild, and on broken frames.
 */
class ChatDataInPlaceTest {
    private static final ObjectMapper JACKSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ChannelSpec SPEC = ChannelSpec.parse("kick:litney", "show");
    private static final Instant NOW = Instant.parse("2025-07-18T08:11:14Z");
    private static final String EVENT = "App\\Events\\ChatMessageEvent";

    private final KickEventParser parser = new KickEventParser(64 * 1024);

    private static final List<String> TEXTS =
            List.of(
                    "plain words",
                    "",
                    " leading and trailing ",
                    "a \"quoted\" word",
                    "back\\slash and \\\\ two",
                    "slash / and </script><b>x</b>",
                    "tab\tnew\nline\rreturn\bbell\ffeed",
                    "ünïcödé Привет 末尾",
                    "emoji 😀🎉 and a lone surrogate \ud83d",
                    "[emote:37225:KEKLEO] hi [emote:1:A][emote:2:B]",
                    "control \u0001 and nul \u0000",
                    "a literal \\u0041 and \\n typed by a viewer",
                    "mixed \"\\/\n😀\\\"",
                    "\\\"\\\\\\/");

    /** PHP's {@code json_encode} default (Kick's Laravel): slashes and non-ASCII escaped. */
    private static String php(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '/' -> b.append("\\/");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Jackson's (and most JavaScript servers'): only quotes, backslashes and controls escaped. */
    private static String plain(String s) {
        return TextNode.valueOf(s).toString();
    }

    private static String data(UnaryOperator<String> enc, String text) {
        return "{\"id\":\"m1\",\"chatroom_id\":1221707,\"content\":"
                + enc.apply(text)
                + ",\"type\":\"reply\",\"created_at\":\"2025-07-19T03:47:45+00:00\","
                + "\"sender\":{\"id\":3528468,\"username\":"
                + enc.apply("Üser \"x\"/y")
                + ",\"slug\":\"ohlookitsmax\",\"identity\":{\"color\":\"#FF9D00\",\"badges\":"
                + "[{\"type\":\"vip\",\"text\":\"VIP\"},{\"type\":\"subscriber\",\"text\":"
                + enc.apply("Sub/scriber ✓")
                + ",\"count\":26}]}},\"metadata\":{\"original_sender\":{\"id\":2853400,"
                + "\"username\":\"justdavid787\"},\"original_message\":{\"id\":\"p1\",\"content\":"
                + enc.apply(text)
                + "},\"message_ref\":\"1752896864929\",\"extra\":[1,-2.5e3,true,false,null,{}]}}";
    }

    private static String frame(String dataLiteral) {
        return "{\"event\":"
                + plain(EVENT)
                + ",\"data\":"
                + dataLiteral
                + ",\"channel\":\"chatrooms.1221707.v2\"}";
    }

    /** The plain path: the data string decoded by Jackson, then read. */
    private KickEvent decodedFirst(String frame) throws Exception {
        JsonNode envelope = JACKSON.readTree(frame);
        JsonNode data = envelope.path("data");
        return parser.parse(
                new PusherFrame(
                        envelope.get("event").textValue(),
                        envelope.path("channel").asText(),
                        data.isTextual() ? data.textValue() : null,
                        data.isTextual() || data.isMissingNode() ? null : data),
                SPEC,
                NOW);
    }

    @Test
    void readsHostileTextInEveryEncodingLikeThePlainPath() throws Exception {
        List<UnaryOperator<String>> encodings =
                List.of(ChatDataInPlaceTest::php, ChatDataInPlaceTest::plain);
        int checked = 0;
        for (String text : TEXTS) {
            for (UnaryOperator<String> inner : encodings) {
                for (UnaryOperator<String> outer : encodings) {
                    String frame = frame(outer.apply(data(inner, text)));

                    KickEvent inPlace = parser.parseFrame(frame, SPEC, NOW);

                    assertThat(PusherCodec.decode(frame).chat()).as(frame).isNotNull();
                    assertThat(inPlace).as(frame).isEqualTo(decodedFirst(frame));
                    ChatMessage m = (ChatMessage) ((KickEvent.Modelled) inPlace).event();
                    assertThat(m.displayName()).isEqualTo("Üser \"x\"/y");
                    assertThat(m.replyParent().message()).isEqualTo(EmoteTokens.clean(text).text());
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(TEXTS.size() * 4);
    }

    @Test
    void theRealFramesAreReadInPlace() throws Exception {
        for (String name : List.of("c6-2-chat-message-emote", "c6-3-reply", "c6-4-celebration")) {
            String frame = Frames.load(name);
            assertThat(PusherCodec.decode(frame).chat()).as(name).isNotNull();
            assertThat(parser.parseFrame(frame, SPEC, NOW)).isEqualTo(decodedFirst(frame));
        }
    }

    @Test
    void theDataTextOfAFrameReadInPlaceIsStillThere() throws Exception {
        String data = data(ChatDataInPlaceTest::php, "hi \"there\" 😀");
        PusherFrame f = PusherCodec.decode(frame(plain(data)));

        assertThat(f.chat()).isNotNull();
        assertThat(f.dataText()).isEqualTo(data);
        assertThat(f).isEqualTo(new PusherFrame(EVENT, "chatrooms.1221707.v2", data, null));
    }

    /**
     * Every frame made by breaking one character of a real one (deleting it, or putting a quote, a
     * backslash, a brace, a raw control or a letter there) is read the same by both paths: the same
     * event, or a skip for the same reason.
     */
    @Test
    void brokenFramesAreJudgedLikeThePlainPath() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String name : List.of("c6-3-reply", "c6-4-celebration")) {
            String good = Frames.load(name);
            int dataStart = good.indexOf("\"data\":") + 7;
            int dataEnd = good.indexOf(",\"channel\"");
            for (int k = dataStart; k < dataEnd; k++) {
                broken.add(good.substring(0, k) + good.substring(k + 1));
                for (String put : List.of("\"", "\\", "}", "\n", "x", "\\u", "\\\\")) {
                    broken.add(good.substring(0, k) + put + good.substring(k + 1));
                }
            }
        }
        for (String frame : broken) {
            KickEvent inPlace = parser.parseFrame(frame, SPEC, NOW);
            KickEvent expected;
            try {
                expected = decodedFirst(frame);
            } catch (Exception notJson) {
                expected = new KickEvent.Skipped(SkipReasons.INVALID_JSON, "");
            }
            if (expected instanceof KickEvent.Skipped s) {
                assertThat(inPlace).as(frame).isInstanceOf(KickEvent.Skipped.class);
                assertThat(((KickEvent.Skipped) inPlace).reason()).as(frame).isEqualTo(s.reason());
            } else {
                assertThat(inPlace).as(frame).isEqualTo(expected);
            }
        }
        assertThat(broken).hasSizeGreaterThan(10_000);
    }

    /** Found by review: these threw out of the parser instead of being counted skips. */
    @Test
    void truncatedAndDeeplyNestedDataAreSkippedNotThrown() {
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        for (String frame :
                List.of(
                        "{\"event\":\"App\\\\Events\\\\ChatMessageEvent\",\"data\":\"{\\\"id\\\":1,",
                        "{\"data\":\"{\\\"id\\\":\\\""
                                + "x".repeat(5_000)
                                + "\\\",\",\"event\":\"App\\\\Events\\\\ChatMessageEvent\"}",
                        frame(plain("{\"x\":" + deep + ",\"id\":\"1\"}")))) {
            KickEvent e = new KickEventParser(256 * 1024).parseFrame(frame, SPEC, NOW);

            assertThat(e)
                    .as(frame.substring(0, Math.min(60, frame.length())))
                    .isInstanceOf(KickEvent.Skipped.class);
            assertThat(((KickEvent.Skipped) e).reason()).isEqualTo(SkipReasons.INVALID_JSON);
        }
    }
}
