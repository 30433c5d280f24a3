package io.mellchat.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written Message writer and reader against Jackson's bean serializer and deserializer:
 * the same text, the same message, or both an error.
 */
class ChatMessageCodecTest {
    private static final ObjectMapper BEANS = ChatJson.withBeanCodec().build();

    @Test
    void writesWhatTheBeanSerializerWrites() throws Exception {
        for (ChatEvent e : Samples.allEvents()) {
            if (e instanceof ChatMessage m) {
                assertSame(m);
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            assertSame(randomMessage(random));
        }
    }

    @Test
    void envelopesAndTreesUseItToo() throws Exception {
        ChatMessage m = Samples.fullMessage();
        assertThat(ChatJson.mapper().valueToTree(m).toString())
                .isEqualTo(BEANS.valueToTree(m).toString());
        assertThat(ChatJson.readEvent(ChatJson.writeEvent(m))).isEqualTo(m);
        assertThat(ChatJson.readMessage(ChatJson.write(m))).isEqualTo(m);
    }

    @Test
    void readsWhatTheBeanDeserializerReadsFromMangledInput() throws Exception {
        Random random = new Random(13);
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            ObjectNode json = (ObjectNode) BEANS.valueToTree(randomMessage(random));
            String text = mangle(json, random).toString();
            if (assertSameReading(text)) {
                read++;
            }
        }
        assertThat(read).as("mangled messages that still read").isBetween(1_000, 19_000);
        for (String text :
                List.of(
                        "{}",
                        "[]",
                        "\"text\"",
                        "42",
                        "null",
                        "{\"platform\":\"twitch\"}",
                        "{\"platform\":\"twitch\",\"channel\":\"c\",\"platform_message_id\":"
                                + "\"1\",\"username\":\"u\",\"message\":\"m\",\"timestamp\":"
                                + "\"2026-01-01T00:00:00Z\"}",
                        "{\"platform\":\"mixer\",\"channel\":\"c\"}")) {
            assertSameReading(text);
        }
    }

    /** True when both read a message (the same one), false when both refuse the text. */
    private static boolean assertSameReading(String text) {
        Object expected;
        try {
            expected = BEANS.readValue(text, ChatMessage.class);
        } catch (Exception e) {
            expected = e;
        }
        Object actual;
        try {
            actual = ChatJson.mapper().readValue(text, ChatMessage.class);
        } catch (Exception e) {
            actual = e;
        }
        if (expected instanceof Exception) {
            assertThat(actual).as(text).isInstanceOf(Exception.class);
            return false;
        }
        assertThat(actual).as(text).isEqualTo(expected);
        return expected != null;
    }

    /** Fields dropped, nulled, retyped, reordered, or joined by unknown and camel-case ones. */
    private static JsonNode mangle(ObjectNode json, Random r) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        Collections.shuffle(names, r);
        ObjectNode out = BEANS.createObjectNode();
        for (String name : names) {
            JsonNode value = json.get(name);
            switch (r.nextInt(100)) {
                case 0 -> {} // dropped
                case 1 -> out.putNull(name);
                case 2 -> out.put(name, r.nextInt(100) - 50);
                case 3 -> out.put(name, r.nextDouble());
                case 4 -> out.put(name, r.nextBoolean());
                case 5 -> out.put(name, value.asText());
                case 6 -> out.putObject(name).put("x", 1);
                case 7 -> out.putArray(name).add(value);
                case 8 -> out.put(name, "");
                case 9 -> out.put(name, 1L << 40);
                case 10 -> out.put(name, "2026-13-01T00:00:00Z");
                default -> out.set(name, value);
            }
            if (r.nextInt(20) == 0) {
                out.put(
                        r.nextBoolean() ? "unknown_" + name : camel(name),
                        r.nextBoolean() ? value : BEANS.createObjectNode());
            }
        }
        return out;
    }

    private static String camel(String snake) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }

    private static void assertSame(ChatMessage m) throws Exception {
        String fast = ChatJson.write(m);
        assertThat(fast).isEqualTo(BEANS.writeValueAsString(m));
        assertThat(ChatJson.readMessage(fast)).isEqualTo(m);
    }

    private static ChatMessage randomMessage(Random r) {
        ChatMessage.Builder b =
                ChatMessage.builder()
                        .platform(Platform.values()[r.nextInt(Platform.values().length)])
                        .channel(text(r))
                        .stream(r.nextBoolean() ? "" : text(r))
                        .platformMessageId(text(r))
                        .userId(r.nextBoolean() ? "" : text(r))
                        .username(text(r))
                        .displayName(r.nextBoolean() ? "" : text(r))
                        .message(text(r))
                        .timestamp(instant(r))
                        .receivedAt(r.nextBoolean() ? null : instant(r))
                        .kind(MessageKind.values()[r.nextInt(MessageKind.values().length)])
                        .action(r.nextBoolean())
                        .replyTo(r.nextBoolean() ? null : text(r))
                        .color(r.nextBoolean() ? "" : "#" + Integer.toHexString(r.nextInt()))
                        .category(
                                r.nextInt(4) == 0
                                        ? null
                                        : List.of("question", "general", "spam", "link")
                                                .get(r.nextInt(4)))
                        .confidence(
                                switch (r.nextInt(4)) {
                                    case 0 -> 0;
                                    case 1 -> 1;
                                    case 2 -> r.nextFloat();
                                    default -> r.nextDouble();
                                })
                        .upvotes(r.nextInt(3) == 0 ? 0 : r.nextInt())
                        .deleted(r.nextBoolean());
        if (r.nextInt(3) == 0) {
            b.replyParent(
                    new ReplyParent(
                            r.nextBoolean() ? "" : text(r),
                            text(r),
                            r.nextBoolean() ? "" : text(r),
                            r.nextBoolean() ? "" : text(r)));
        }
        List<Badge> badges = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            badges.add(new Badge(text(r), r.nextBoolean() ? "" : text(r), r.nextInt(3) - 1));
        }
        b.badges(badges);
        List<Emote> emotes = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            int start = r.nextInt(100);
            emotes.add(
                    new Emote(
                            text(r),
                            text(r),
                            start,
                            start + r.nextInt(10),
                            r.nextBoolean() ? "" : text(r)));
        }
        b.emotes(emotes);
        if (r.nextInt(4) == 0) {
            b.amount(
                    new Amount(
                            BigDecimal.valueOf(r.nextLong(), r.nextInt(12) - 4),
                            r.nextBoolean() ? "USD" : text(r)));
        }
        Map<String, String> meta = new HashMap<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            meta.put(text(r), text(r));
        }
        b.meta(meta);
        return b.build();
    }

    private static Instant instant(Random r) {
        return Instant.ofEpochSecond(
                r.nextLong(0, 4_000_000_000L), r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
    }

    /** Chat text with what escaping must get right: quotes, controls, surrogates, markup. */
    private static String text(Random r) {
        int n = r.nextInt(12);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(8)) {
                case 0 -> s.append((char) r.nextInt(0x20));
                case 1 -> s.append("\"\\/".charAt(r.nextInt(3)));
                case 2 -> s.append("\u2028\u2029\u007f\u00a0\ufeff".charAt(r.nextInt(5)));
                case 3 -> s.appendCodePoint(0x1F300 + r.nextInt(200));
                case 4 -> s.append((char) (0xD800 + r.nextInt(0x800))); // lone surrogates
                case 5 -> s.append("<script>&amp;");
                case 6 -> s.append((char) (0x400 + r.nextInt(0x100)));
                default -> s.append((char) ('a' + r.nextInt(26)));
            }
        }
        return s.toString();
    }
}
