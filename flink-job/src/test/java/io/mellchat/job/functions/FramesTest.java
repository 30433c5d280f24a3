package io.mellchat.job.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.QuestionState;
import io.mellchat.model.ChatJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FramesTest {

    private static QuestionState question() {
        QuestionState q = new QuestionState();
        q.id = "0b7f2c3e-1d4a-4f5b-9c6d-7e8f9a0b1c2d";
        q.messageId = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";
        q.stream = "show";
        q.platform = "twitch";
        q.channel = "forsen";
        q.userId = "42";
        q.username = "ronni";
        q.displayName = "Ronni \"R\" 🎉";
        q.question = "</script><b>what's the song?</b>\n\u0000 Привет\\";
        q.timestampMillis = Instant.parse("2026-12-07T14:00:00.120Z").toEpochMilli();
        q.upvotes = 3;
        q.asks = 2;
        q.trending = 1;
        q.sources = new String[] {"twitch:forsen", "kick:forsen:tv"};
        return q;
    }

    @Test
    void aQuestionFrameCarriesProductsQuestionInItsFieldOrder() throws Exception {
        FrameItem f = Frames.question("question", question());
        assertThat(f.redisChannel).isEqualTo("questions:twitch:forsen");
        assertThat(f.json)
                .isEqualTo(
                        "{\"type\":\"question\",\"stream\":\"show\",\"platform\":\"twitch\","
                                + "\"channel\":\"forsen\",\"data\":{"
                                + "\"id\":\"0b7f2c3e-1d4a-4f5b-9c6d-7e8f9a0b1c2d\","
                                + "\"message_id\":\"5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d\","
                                + "\"stream\":\"show\",\"platform\":\"twitch\",\"channel\":\"forsen\","
                                + "\"user_id\":\"42\",\"username\":\"ronni\","
                                + "\"display_name\":\"Ronni \\\"R\\\" 🎉\","
                                + "\"question\":\"</script><b>what's the song?</b>\\n\\u0000 Привет\\\\\","
                                + "\"timestamp\":\"2026-12-07T14:00:00.120Z\","
                                + "\"answered\":false,\"answered_at\":null,"
                                + "\"upvotes\":3,\"asks\":2,\"score\":5.0,\"trending\":1,"
                                + "\"deleted\":false,\"sources\":["
                                + "{\"platform\":\"twitch\",\"channel\":\"forsen\"},"
                                + "{\"platform\":\"kick\",\"channel\":\"forsen:tv\"}]}}");
        assertThat(ChatJson.mapper().readTree(f.json).path("data").path("question").asText())
                .isEqualTo(question().question);
    }

    @Test
    void anAnsweredQuestionSaysWhen() throws Exception {
        QuestionState q = question();
        q.answered = true;
        q.answeredAtMillis = Instant.parse("2026-12-07T14:05:00Z").toEpochMilli();
        var data = ChatJson.mapper().readTree(Frames.question("answered", q).json);
        assertThat(data.path("type").asText()).isEqualTo("answered");
        assertThat(data.path("data").path("answered").asBoolean()).isTrue();
        assertThat(data.path("data").path("answered_at").asText())
                .isEqualTo("2026-12-07T14:05:00Z");
    }

    @Test
    void sourcesAreTheJsonAJacksonTreeWouldWrite() {
        String[] sources = {"twitch:forsen", "kick:a\"b\\c:d", "youtube:@Лофи 🎧", "x:"};
        var tree = ChatJson.mapper().createArrayNode();
        for (String s : sources) {
            int colon = s.indexOf(':');
            tree.addObject()
                    .put("platform", s.substring(0, colon))
                    .put("channel", s.substring(colon + 1));
        }
        assertThat(Frames.sourcesJson(sources)).isEqualTo(tree.toString());
        assertThat(Frames.sourcesJson(new String[0])).isEqualTo("[]");
    }
}
