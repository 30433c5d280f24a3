package io.mellchat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ChatJsonTest {

    @Test
    void everyEventRoundTripsThroughItsEnvelope() {
        for (ChatEvent e : Samples.allEvents()) {
            assertThat(ChatJson.readEvent(ChatJson.writeEvent(e))).isEqualTo(e);
        }
    }

    @Test
    void messageUsesThePublicFieldNames() throws Exception {
        JsonNode json = ChatJson.mapper().readTree(ChatJson.write(Samples.fullMessage()));
        assertThat(json.get("platform").asText()).isEqualTo("twitch");
        assertThat(json.get("platform_message_id").asText())
                .isEqualTo("b34ccfc7-4977-403a-8a94-33c6bac34fb8");
        assertThat(json.get("display_name").asText()).isEqualTo("Ronni 🎉");
        assertThat(json.get("user_id").asText()).isEqualTo("123");
        assertThat(json.get("timestamp").asText()).isEqualTo("2024-05-04T18:22:05.123456789Z");
        assertThat(json.get("kind").asText()).isEqualTo("paid");
        assertThat(json.get("reply_to").asText()).isEqualTo("parent-1");
        assertThat(json.get("reply_parent").get("display_name").asText()).isEqualTo("Dad");
        assertThat(json.get("reply_parent").get("user_id").asText()).isEqualTo("9");
        assertThat(json.get("badges").get(0).get("type").asText()).isEqualTo("subscriber");
        assertThat(json.get("badges").get(0).get("version").asText()).isEqualTo("12");
        assertThat(json.get("badges").get(0).has("count")).isFalse();
        assertThat(json.get("badges").get(1).get("count").asInt()).isEqualTo(5);
        assertThat(json.get("emotes").get(0).get("start").asInt()).isZero();
        assertThat(json.get("emotes").get(0).get("end").asInt()).isEqualTo(5);
        assertThat(json.get("amount").get("value").asInt()).isEqualTo(100);
        assertThat(json.get("amount").get("currency").asText()).isEqualTo("bits");
        assertThat(json.get("deleted").asBoolean()).isTrue();
        assertThat(json.get("id").asText()).hasSize(36);
    }

    @Test
    void plainMessageHasNullReplyAndNoActionFlag() throws Exception {
        ChatEvent plain = Samples.allEvents().get(1);
        JsonNode json = ChatJson.mapper().readTree(ChatJson.write(plain));
        assertThat(json.get("reply_to").isNull()).isTrue();
        assertThat(json.has("action")).isFalse();
        assertThat(json.get("kind").asText()).isEqualTo("chat");
        assertThat(json.get("display_name").asText()).isEqualTo("u");
    }

    @Test
    void aReplyWhoseParentHasNoUsernameIsReadBack() {
        // Twitch may send reply-parent-msg-id without reply-parent-user-login
        ChatMessage reply =
                ((ChatMessage) Samples.allEvents().get(1))
                        .toBuilder()
                                .replyTo("p1")
                                .replyParent(new ReplyParent("", "", "", "what?"))
                                .build();
        assertThat(ChatJson.write(reply)).contains("\"reply_parent\":{\"message\":\"what?\"}");
        assertThat(ChatJson.readMessage(ChatJson.write(reply))).isEqualTo(reply);
        assertThat(ChatJson.readEvent(ChatJson.writeEvent(reply))).isEqualTo(reply);
    }

    @Test
    void idIsDerivedFromThePlatformIdentity() {
        ChatMessage a = Samples.fullMessage();
        ChatMessage b = a.toBuilder().message("other text").build();
        assertThat(b.id()).isEqualTo(a.id());
        assertThat(a.toBuilder().platformMessageId("other").build().id()).isNotEqualTo(a.id());
    }

    @Test
    void unknownFieldsAreIgnored() {
        String json =
                "{\"type\":\"clear\",\"data\":{\"platform\":\"kick\",\"channel\":\"x\","
                        + "\"timestamp\":\"2024-01-01T00:00:00Z\",\"future\":1}}";
        assertThat(ChatJson.readEvent(json)).isInstanceOf(ChatCleared.class);
    }

    @Test
    void badInputGivesClearErrors() {
        assertThatThrownBy(() -> ChatJson.readEvent("{not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed event JSON");
        assertThatThrownBy(() -> ChatJson.readEvent("{\"type\":\"gift\",\"data\":{}}"))
                .hasMessageContaining("unknown event type 'gift'");
        assertThatThrownBy(
                        () ->
                                ChatJson.readEvent(
                                        "{\"type\":\"message\",\"data\":{\"platform\":\"twitch\"}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid 'message' event");
        assertThatThrownBy(
                        () ->
                                ChatJson.readEvent(
                                        "{\"type\":\"clear\",\"data\":{\"platform\":\"myspace\","
                                                + "\"channel\":\"x\",\"timestamp\":\"2024-01-01T00:00:00Z\"}}"))
                .hasMessageContaining("unknown platform 'myspace'");
    }

    @Test
    void envelopeFieldsMayComeInAnyOrder() {
        ChatMessage m = Samples.fullMessage();
        String data = ChatJson.write(m);
        java.util.Map<String, String> others = new java.util.HashMap<>();

        ChatEvent typeLast =
                ChatJson.readEvent(
                        "{\"offset_ms\":7,\"data\":" + data + ",\"type\":\"message\",\"x\":[1]}",
                        (name, value) -> others.put(name, value.toString()));

        assertThat(typeLast).isEqualTo(m);
        assertThat(ChatJson.readEvent("{\"type\":\"message\",\"data\":" + data + "}")).isEqualTo(m);
        assertThat(others).containsEntry("offset_ms", "7").containsEntry("x", "[1]");
    }

    @Test
    void malformedDataIsMalformedJsonNotAnInvalidEvent() {
        assertThatThrownBy(
                        () -> ChatJson.readEvent("{\"type\":\"clear\",\"data\":{\"platform\":}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed event JSON");
        assertThatThrownBy(
                        () ->
                                ChatJson.readEvent(
                                        "{\"type\":\"clear\",\"data\":{\"platform\":\"kick\","
                                                + "\"channel\":\"x\",\"timestamp\":\"2024-01-01T00:00:00Z\"}"))
                .hasMessageContaining("malformed event JSON");
        assertThatThrownBy(() -> ChatJson.readEvent("{\"type\":\"clear\",\"data\":\"x\"}"))
                .hasMessageContaining("has no data object");
        assertThatThrownBy(() -> ChatJson.readEvent("[1]"))
                .hasMessageContaining("must be a JSON object");
        assertThatThrownBy(
                        () ->
                                ChatJson.readEvent(
                                        "{\"type\":\"clear\",\"data\":{\"platform\":\"kick\","
                                                + "\"channel\":\"x\",\"timestamp\":\"2024-01-01T00:00:00Z\"},"
                                                + "\"type\":\"message\"}"))
                .hasMessageContaining("changed to 'message'");
    }

    @Test
    void instantsInEveryFormReadAsTheJavaTimeModuleReadsThem() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper reference =
                com.fasterxml.jackson.databind.json.JsonMapper.builder()
                        .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                        .build();
        for (String json :
                java.util.List.of(
                        "\"2026-01-01T00:00:00Z\"",
                        "\"2026-01-01T00:00:00.123456789Z\"",
                        "\"2025-07-17T10:44:56+02:00\"",
                        "\"2025-07-17T08:44:56.5-01:30\"",
                        "1752741896",
                        "1752741896.375")) {
            assertThat(ChatJson.mapper().readValue(json, java.time.Instant.class))
                    .as(json)
                    .isEqualTo(reference.readValue(json, java.time.Instant.class));
        }
        assertThatThrownBy(
                        () ->
                                ChatJson.mapper()
                                        .readValue(
                                                "\"2025-02-30T00:00:00Z\"",
                                                java.time.Instant.class))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
}
