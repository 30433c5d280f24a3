package io.mellchat.connectors.twitch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.connectors.twitch.TwitchSourceOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TwitchClientConfigTest {

    @Test
    void defaultsToTwitchsWebSocketEndpointAndDocumentedLimits() {
        TwitchClientConfig c = TwitchClientConfig.builder().build();
        assertThat(c.url()).hasToString("wss://irc-ws.chat.twitch.tv:443");
        assertThat(c.scheme()).isEqualTo("wss");
        assertThat(c.maxLineBytes()).isEqualTo(64 * 1024);
        assertThat(c.joinsPerWindow()).isEqualTo(20);
        assertThat(c.joinWindow()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void acceptsTheFourTransports() {
        assertThat(TwitchClientConfig.parseUrl("ircs://irc.chat.twitch.tv:6697").getPort())
                .isEqualTo(6697);
        assertThat(TwitchClientConfig.parseUrl("irc://127.0.0.1:6667").getScheme())
                .isEqualTo("irc");
        assertThat(TwitchClientConfig.parseUrl("ws://127.0.0.1:8080").getHost())
                .isEqualTo("127.0.0.1");
        assertThat(TwitchClientConfig.parseUrl("wss://irc-ws.chat.twitch.tv").getPort())
                .isEqualTo(-1);
        assertThat(Transports.address(TwitchClientConfig.parseUrl("wss://h.example")))
                .isEqualTo("h.example:443");
    }

    @Test
    void rejectsBadUrlsNamingTheVariable() {
        assertThatThrownBy(() -> TwitchClientConfig.parseUrl("http://irc.chat.twitch.tv"))
                .hasMessageContaining("MELLCHAT_TWITCH_IRC_URL")
                .hasMessageContaining("wss://");
        assertThatThrownBy(() -> TwitchClientConfig.parseUrl("ircs://irc.chat.twitch.tv"))
                .hasMessageContaining("MELLCHAT_TWITCH_IRC_URL");
        assertThatThrownBy(() -> TwitchClientConfig.parseUrl("not a url"))
                .hasMessageContaining("MELLCHAT_TWITCH_IRC_URL");
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> TwitchClientConfig.builder().maxLineBytes(0).build())
                .hasMessageContaining("maxLineBytes");
        assertThatThrownBy(
                        () ->
                                TwitchClientConfig.builder()
                                        .backoff(Duration.ofSeconds(5), Duration.ofSeconds(1))
                                        .build())
                .hasMessageContaining("backoffMax");
        assertThatThrownBy(() -> TwitchSourceOptions.defaults().withDuplicateWindow(0))
                .hasMessageContaining("duplicateWindow");
    }
}
