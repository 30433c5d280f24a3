package io.mellchat.connectors.kick.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.kick.fake.FakeKickApi;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpKickChannelApiTest {

    @Test
    void resolvesSlugToChatroomAndChannelIds() {
        try (FakeKickApi fake = FakeKickApi.start().channel("xqc", 668, 668001)) {
            KickChannelApi api = new HttpKickChannelApi(fake.url(), Duration.ofSeconds(5));

            assertThat(api.lookup("xqc")).isEqualTo(new ChatroomLookup.Found(668001, 668));
            assertThat(api.lookup("nobody")).isEqualTo(new ChatroomLookup.NotFound());
            assertThat(fake.requests("xqc")).isEqualTo(1);
        }
    }

    @Test
    void cloudflareChallengeIsARefusal() {
        try (FakeKickApi fake = FakeKickApi.start().channel("xqc", 668, 668001).challenge(true)) {
            KickChannelApi api = new HttpKickChannelApi(fake.url(), Duration.ofSeconds(5));

            assertThat(api.lookup("xqc")).isEqualTo(new ChatroomLookup.Refused(403, true));
        }
    }

    @Test
    void unreachableApiIsATransientFailure() {
        KickChannelApi api =
                new HttpKickChannelApi(
                        URI.create("http://127.0.0.1:1/api/v2"), Duration.ofSeconds(2));

        assertThat(api.lookup("xqc")).isInstanceOf(ChatroomLookup.Failed.class);
    }

    @Test
    void interpretsOtherAnswers() {
        assertThat(HttpKickChannelApi.interpret(200, "text/html", "<html>Just a moment...</html>"))
                .isEqualTo(new ChatroomLookup.Refused(200, true));
        assertThat(
                        HttpKickChannelApi.interpret(
                                403, "application/json", "{\"message\":\"Forbidden\"}"))
                .isEqualTo(new ChatroomLookup.Refused(403, false));
        assertThat(HttpKickChannelApi.interpret(503, "text/html", "<!DOCTYPE html>"))
                .isInstanceOf(ChatroomLookup.Failed.class);
        assertThat(HttpKickChannelApi.interpret(429, "application/json", "{}"))
                .isInstanceOf(ChatroomLookup.Failed.class);
        assertThat(HttpKickChannelApi.interpret(200, "application/json", "{\"id\":1}"))
                .isInstanceOf(ChatroomLookup.Failed.class);
        assertThat(HttpKickChannelApi.interpret(200, "application/json", "{\"id\":1,"))
                .isInstanceOf(ChatroomLookup.Failed.class);
    }
}
