package io.mellchat.connectors.kick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.connectors.kick.client.KickClientConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KickSourceOptionsTest {

    @Test
    void defaultsToKicksEndpoints() {
        KickSourceOptions o = KickSourceOptions.fromEnv(Map.of());

        assertThat(o.client().pusherUrl())
                .isEqualTo(URI.create(KickClientConfig.DEFAULT_PUSHER_URL));
        assertThat(o.client().apiUrl()).isEqualTo(URI.create("https://kick.com/api/v2"));
        assertThat(o.client().maxFrameBytes()).isEqualTo(65_536);
    }

    @Test
    void readsTheTwoVariables() {
        KickSourceOptions o =
                KickSourceOptions.fromEnv(
                        Map.of(
                                "MELLCHAT_KICK_PUSHER_URL", "ws://127.0.0.1:1234/app/k?protocol=7",
                                "MELLCHAT_KICK_API_URL", "http://127.0.0.1:99/api/v2"));

        assertThat(o.client().pusherUrl())
                .isEqualTo(URI.create("ws://127.0.0.1:1234/app/k?protocol=7"));
        assertThat(o.client().apiUrl()).isEqualTo(URI.create("http://127.0.0.1:99/api/v2"));
    }

    @Test
    void rejectsWrongValuesNamingTheVariable() {
        assertThatThrownBy(
                        () ->
                                KickSourceOptions.fromEnv(
                                        Map.of("MELLCHAT_KICK_PUSHER_URL", "https://x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MELLCHAT_KICK_PUSHER_URL");
        assertThatThrownBy(
                        () ->
                                KickSourceOptions.fromEnv(
                                        Map.of("MELLCHAT_KICK_API_URL", "not a url")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MELLCHAT_KICK_API_URL");
    }

    @Test
    void survivesJavaSerializationAsFlinkShipsIt() throws Exception {
        KickSourceOptions o = KickSourceOptions.fromEnv(Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(((KickSourceOptions) in.readObject()).client()).isEqualTo(o.client());
        }
    }
}
