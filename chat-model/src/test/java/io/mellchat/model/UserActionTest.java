package io.mellchat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserActionTest {

    private final UserAction vote =
            new UserAction(
                    "a-1",
                    UserAction.Type.UPVOTE,
                    UserAction.Target.QUESTION,
                    UUID.randomUUID(),
                    "viewer:abc",
                    "viewer",
                    Instant.parse("2024-01-01T00:00:00Z"),
                    "show",
                    "twitch",
                    "forsen");

    @Test
    void roundTripsThroughStreamFields() {
        assertThat(UserAction.fromStreamFields(vote.toStreamFields())).isEqualTo(vote);
    }

    @Test
    void entriesWithoutALocationStillParse() {
        Map<String, String> f = new java.util.HashMap<>(vote.toStreamFields());
        f.remove("stream");
        f.remove("platform");
        f.remove("channel");
        UserAction a = UserAction.fromStreamFields(f);
        assertThat(a.stream()).isEmpty();
        assertThat(a.channelKey()).isEmpty();
        assertThat(vote.channelKey()).isEqualTo("twitch:forsen");
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        String json = ChatJson.write(vote);
        assertThat(json).contains("\"target_type\":\"question\"").contains("\"type\":\"upvote\"");
        assertThat(ChatJson.mapper().readValue(json, UserAction.class)).isEqualTo(vote);
    }

    @Test
    void malformedEntriesNameTheField() {
        Map<String, String> f = new java.util.HashMap<>(vote.toStreamFields());
        f.remove("target_id");
        assertThatThrownBy(() -> UserAction.fromStreamFields(f)).hasMessageContaining("target_id");
        f.put("target_id", UUID.randomUUID().toString());
        f.put("ts", "yesterday");
        assertThatThrownBy(() -> UserAction.fromStreamFields(f))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answerOnAMessageIsRejected() {
        assertThatThrownBy(
                        () ->
                                new UserAction(
                                        "a",
                                        UserAction.Type.ANSWER,
                                        UserAction.Target.MESSAGE,
                                        UUID.randomUUID(),
                                        "x",
                                        "",
                                        Instant.EPOCH))
                .hasMessageContaining("questions only");
    }
}
