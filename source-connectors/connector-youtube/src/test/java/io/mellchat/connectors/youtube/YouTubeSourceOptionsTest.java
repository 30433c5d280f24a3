package io.mellchat.connectors.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.connectors.youtube.client.YouTubeClientConfig;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YouTubeSourceOptionsTest {
    @Test
    void withoutAKeyTheSourceIsKeylessAgainstYouTube() {
        YouTubeClientConfig c = YouTubeSourceOptions.fromEnv(Map.of()).client();
        assertThat(c.dataApi()).isFalse();
        assertThat(c.apiUrl()).isEqualTo(URI.create("https://www.googleapis.com/youtube/v3"));
        assertThat(c.webUrl()).isEqualTo(URI.create("https://www.youtube.com"));
        assertThat(c.quotaBudget()).isEqualTo(10_000);
        assertThat(c.effectiveResolveInterval()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void readsEveryVariable() {
        YouTubeClientConfig c =
                YouTubeSourceOptions.fromEnv(
                                Map.of(
                                        "MELLCHAT_YOUTUBE_API_KEY", " AIzaSecret ",
                                        "MELLCHAT_YOUTUBE_API_URL",
                                                "http://127.0.0.1:9000/youtube/v3",
                                        "MELLCHAT_YOUTUBE_WEB_URL", "http://127.0.0.1:9000",
                                        "MELLCHAT_YOUTUBE_QUOTA_BUDGET", "50_000",
                                        "MELLCHAT_YOUTUBE_QUOTA_HORIZON", "6h",
                                        "MELLCHAT_YOUTUBE_MAX_RESULTS", "2000",
                                        "MELLCHAT_YOUTUBE_RESOLVE_INTERVAL", "PT20M",
                                        "MELLCHAT_YOUTUBE_KEYLESS_MAX_WAIT", "5000ms"))
                        .client();
        assertThat(c.dataApi()).isTrue();
        assertThat(c.apiKey()).isEqualTo("AIzaSecret");
        assertThat(c.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:9000/youtube/v3"));
        assertThat(c.quotaBudget()).isEqualTo(50_000);
        assertThat(c.quotaHorizon()).isEqualTo(Duration.ofHours(6));
        assertThat(c.maxResults()).isEqualTo(2000);
        assertThat(c.effectiveResolveInterval()).isEqualTo(Duration.ofMinutes(20));
        assertThat(c.keylessMaxWait()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.toString()).doesNotContain("AIzaSecret");
    }

    @Test
    void badValuesNameTheVariable() {
        assertThatThrownBy(
                        () ->
                                YouTubeSourceOptions.fromEnv(
                                        Map.of("MELLCHAT_YOUTUBE_API_URL", "googleapis")))
                .isInstanceOf(YouTubeConfigException.class)
                .hasMessageContaining("MELLCHAT_YOUTUBE_API_URL");
        assertThatThrownBy(
                        () ->
                                YouTubeSourceOptions.fromEnv(
                                        Map.of("MELLCHAT_YOUTUBE_QUOTA_BUDGET", "lots")))
                .hasMessageContaining("MELLCHAT_YOUTUBE_QUOTA_BUDGET");
        assertThatThrownBy(
                        () ->
                                YouTubeSourceOptions.fromEnv(
                                        Map.of("MELLCHAT_YOUTUBE_MAX_RESULTS", "50")))
                .isInstanceOf(YouTubeConfigException.class)
                .hasMessageContaining("200..2000");
        assertThatThrownBy(
                        () ->
                                YouTubeSourceOptions.fromEnv(
                                        Map.of("MELLCHAT_YOUTUBE_QUOTA_HORIZON", "soon")))
                .hasMessageContaining("MELLCHAT_YOUTUBE_QUOTA_HORIZON");
    }

    @Test
    void isSerializableForTheJobGraph() throws Exception {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(YouTubeSourceOptions.fromEnv(Map.of("MELLCHAT_YOUTUBE_API_KEY", "k")));
        }
    }
}
