package io.mellchat.connectors.youtube.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PageScraperTest {
    private static final String PAGE =
            """
            <html><head><link rel="canonical" href="https://www.youtube.com/watch?v=jfKfPfyJRdk">
            <script>ytcfg.set({"INNERTUBE_API_KEY":"AIzaKey","VISITOR_DATA":"Cgt2aXM%3D"});
            ytcfg.set({"INNERTUBE_CONTEXT_CLIENT_VERSION":"2.20240601.01.00","X":"a } brace in a string \\" and quote"});
            ytcfg.set("EXPERIMENT_FLAGS", {});</script></head>
            <body><script>window["ytInitialData"] = {"contents":{"liveChatRenderer":{"continuations":[
              {"invalidationContinuationData":{"continuation":"0ofMyAN","timeoutMs":5000}}],
              "header":{"liveChatHeaderRenderer":{"viewSelector":{"sortFilterSubMenuRenderer":{"subMenuItems":[
                {"title":"Top chat","continuation":{"reloadContinuationData":{"continuation":"top"}}},
                {"title":"Live chat","continuation":{"reloadContinuationData":{"continuation":"all"}}}]}}}}}},
              "text":"}{"};</script>
            <script>var other = {"not":"it"};</script></body></html>
            """;

    @Test
    void readsYtcfgAcrossCallsAndInitialDataWithBracesInStrings() {
        JsonNode cfg = PageScraper.ytcfg(PAGE);
        assertThat(cfg.path("INNERTUBE_API_KEY").asText()).isEqualTo("AIzaKey");
        assertThat(cfg.path("INNERTUBE_CONTEXT_CLIENT_VERSION").asText())
                .isEqualTo("2.20240601.01.00");
        assertThat(cfg.path("VISITOR_DATA").asText()).isEqualTo("Cgt2aXM%3D");

        JsonNode data = PageScraper.initialData(PAGE);
        assertThat(data.path("text").asText()).isEqualTo("}{");
        JsonNode renderer = LiveChatPage.renderer(data);
        assertThat(LiveChatPage.of(renderer).orElseThrow().continuation()).isEqualTo("0ofMyAN");
        assertThat(LiveChatPage.allMessagesContinuation(renderer)).contains("all");
    }

    @Test
    void findsTheLiveVideoOfAChannelPage() {
        assertThat(PageScraper.canonicalVideo(PAGE)).contains("jfKfPfyJRdk");
        assertThat(
                        PageScraper.canonicalVideo(
                                "<link rel=\"canonical\" href=\"https://www.youtube.com/channel/UCSJ4gkVC6NrvII8umztf0Ow\">"))
                .isEmpty();
    }

    @Test
    void toleratesPagesWithoutData() {
        assertThat(PageScraper.initialData("<html>consent</html>").isMissingNode()).isTrue();
        assertThat(PageScraper.initialData("var ytInitialData = {broken").isMissingNode()).isTrue();
        assertThat(PageScraper.ytcfg("<html/>").size()).isZero();
        assertThat(
                        LiveChatPage.unavailableReason(
                                Fixtures.json(
                                        "{\"contents\":{\"messageRenderer\":{\"text\":{\"runs\":[{\"text\":\"Chat is disabled for this live stream.\"}]}}}}")))
                .isEqualTo("Chat is disabled for this live stream.");
    }
}
