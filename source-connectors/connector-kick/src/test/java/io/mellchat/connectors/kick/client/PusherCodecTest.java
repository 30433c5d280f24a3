package io.mellchat.connectors.kick.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PusherCodecTest {

    @Test
    void readsConnectionEstablishedWithStringData() throws Exception {
        PusherFrame f = PusherCodec.decode(Frames.load("c6-1-connection-established"));

        assertThat(f.event()).isEqualTo(PusherCodec.CONNECTION_ESTABLISHED);
        assertThat(f.channel()).isEmpty();
        JsonNode data = PusherCodec.data(f);
        assertThat(data.path("socket_id").asText()).isEqualTo("123.456");
        assertThat(data.path("activity_timeout").asInt()).isEqualTo(120);
    }

    @Test
    void readsSubscriptionSucceeded() throws Exception {
        PusherFrame f = PusherCodec.decode(Frames.load("c6-1-subscription-succeeded"));

        assertThat(f.event()).isEqualTo(PusherCodec.SUBSCRIPTION_SUCCEEDED);
        assertThat(f.channel()).isEqualTo("chatrooms.14693568.v2");
        assertThat(PusherCodec.data(f).isEmpty()).isTrue();
    }

    @Test
    void readsErrorInObjectAndStringForm() throws Exception {
        JsonNode object = PusherCodec.data(PusherCodec.decode(Frames.load("c6-9-error-object")));
        JsonNode string = PusherCodec.data(PusherCodec.decode(Frames.load("c6-9-error-string")));

        assertThat(object.path("code").intValue()).isEqualTo(4200);
        assertThat(object.path("message").asText()).isEqualTo("Please reconnect immediately");
        assertThat(string.path("code").intValue()).isEqualTo(4201);
        assertThat(string.path("message").asText()).isEqualTo("Pong reply not received in time");
    }

    @Test
    void readsPingAndPong() throws Exception {
        assertThat(PusherCodec.decode(Frames.load("c6-9-ping")).event())
                .isEqualTo(PusherCodec.PING);
        assertThat(PusherCodec.decode(Frames.load("c6-9-pong")).event())
                .isEqualTo(PusherCodec.PONG);
    }

    @Test
    void writesSubscribeInKicksShape() throws Exception {
        assertThat(PusherCodec.subscribe("chatrooms.14693568.v2"))
                .isEqualTo(Frames.load("c6-1-subscribe-chatroom"));
        assertThat(PusherCodec.subscribe("channel.14899489"))
                .isEqualTo(Frames.load("c6-1-subscribe-channel"));
        assertThat(PusherCodec.decode(PusherCodec.ping()).event()).isEqualTo(PusherCodec.PING);
        assertThat(PusherCodec.decode(PusherCodec.pong()).event()).isEqualTo(PusherCodec.PONG);
    }

    @Test
    void unwrapsDataEncodedTwice() throws Exception {
        String inner = "{\"id\":\"x\",\"content\":\"a \\\"quoted\\\" word\"}";
        String once = com.fasterxml.jackson.databind.node.TextNode.valueOf(inner).toString();
        String twice = com.fasterxml.jackson.databind.node.TextNode.valueOf(once).toString();
        PusherFrame f = PusherCodec.decode("{\"event\":\"E\",\"data\":" + twice + "}");

        JsonNode data = PusherCodec.data(f);
        assertThat(data.path("content").asText()).isEqualTo("a \"quoted\" word");
    }

    @Test
    void rejectsBrokenFrames() {
        assertThatThrownBy(() -> PusherCodec.decode("{\"event\":"))
                .isInstanceOf(InvalidFrameException.class);
        assertThatThrownBy(() -> PusherCodec.decode("[1,2]"))
                .isInstanceOf(InvalidFrameException.class);
        assertThatThrownBy(() -> PusherCodec.decode("{\"data\":{}}"))
                .isInstanceOf(InvalidFrameException.class)
                .hasMessageContaining("event");
        assertThatThrownBy(() -> PusherCodec.decode("{\"event\":\"a\"} {}"))
                .isInstanceOf(InvalidFrameException.class);
        assertThatThrownBy(
                        () ->
                                PusherCodec.data(
                                        PusherCodec.decode(
                                                "{\"event\":\"a\",\"data\":\"{not json\"}")))
                .isInstanceOf(InvalidFrameException.class);
    }

    @Test
    void eventNamesWithAndWithoutNamespace() throws Exception {
        assertThat(PusherCodec.decode(Frames.load("c6-2-chat-message-emote")).shortEvent())
                .isEqualTo("ChatMessageEvent");
        assertThat(PusherCodec.decode(Frames.load("c6-6-gifted-subscriptions")).shortEvent())
                .isEqualTo("GiftedSubscriptionsEvent");
    }

    @Test
    void envelopeScannerHandlesWhitespaceEscapesAndUnknownFields() throws Exception {
        PusherFrame f =
                PusherCodec.decode(
                        " {\n \"extra\" : {\"a\":[1,{\"b\":\"}\"}]} , \"n\": -1.5e3, \"t\":true,"
                                + "\"event\" : \"App\\\\Events\\\\X\" ,\"data\":\"{\\\"k\\\":\\\"\\\\u00e9\\\\ud83c\\\\udf89\\\\n\\\"}\",\"channel\":\"c\\u0031\"}\t");

        assertThat(f.event()).isEqualTo("App\\Events\\X");
        assertThat(f.shortEvent()).isEqualTo("X");
        assertThat(f.channel()).isEqualTo("c1");
        assertThat(PusherCodec.data(f).path("k").asText()).isEqualTo("\u00e9\ud83c\udf89\n");
    }

    @Test
    void envelopeScannerRejectsWhatJsonRejects() {
        for (String bad :
                new String[] {
                    "",
                    "{",
                    "{}",
                    "{\"event\"}",
                    "{\"event\":\"a\",}",
                    "{\"event\":\"a\" \"data\":1}",
                    "{\"event\":\"a\",\"data\":{\"x\":}}",
                    "{\"event\":\"a\",\"data\":\"\\q\"}",
                    "{\"event\":\"a\nb\"}",
                    "{\"event\":\"a\",\"data\":\"unterminated}",
                    "{\"event\":1}"
                }) {
            assertThatThrownBy(() -> PusherCodec.decode(bad))
                    .as(bad)
                    .isInstanceOf(InvalidFrameException.class);
        }
    }
}
