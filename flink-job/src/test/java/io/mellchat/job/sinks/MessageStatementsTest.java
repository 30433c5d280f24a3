package io.mellchat.job.sinks;

import static io.mellchat.job.Events.msg;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.job.records.ChannelCounters;
import io.mellchat.job.records.LateQuestionAction;
import io.mellchat.job.records.MessageVoteWrite;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.job.records.RangeDeletion;
import io.mellchat.job.records.VoteRow;
import io.mellchat.model.Amount;
import io.mellchat.model.Badge;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.Platform;
import io.mellchat.model.ReplyParent;
import io.mellchat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job's SQL against the real schema on the local PostgreSQL. */
class MessageStatementsTest {
    private static TestDatabase db;

    @BeforeAll
    static void create() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void empty() throws Exception {
        sql("TRUNCATE messages, channels, upvotes, questions");
    }

    private static void sql(String s) throws Exception {
        try (Connection c = db.config().connect();
                Statement st = c.createStatement()) {
            st.execute(s);
        }
    }

    private static long count(String query) throws Exception {
        try (Connection c = db.config().connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static <T> void run(String sql, JdbcStatementBuilder<T> binder, List<T> rows)
            throws Exception {
        try (Connection c = db.config().connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.accept(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Test
    void aMessagesVoteIsStoredWithTheTotalOfTheStoredVotes() throws Exception {
        ChatMessage m = msg("m1", "ann", "nice play", 0);
        write(MessageWrite.insert(m));
        for (int i = 1; i <= 5; i++) {
            votes(vote(m, "v" + i));
        }
        assertThat(upvotes(m)).isEqualTo(5);
        // replays of stored votes change nothing
        votes(vote(m, "v1"), vote(m, "v5"), MessageVoteWrite.of(m.id().toString(), null));
        assertThat(upvotes(m)).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM upvotes")).isEqualTo(5);
        // a vote counted by no one else (the job forgot the five a day after the last one)
        votes(vote(m, "v6"));
        assertThat(upvotes(m)).isEqualTo(6);
        // a vote that reached PostgreSQL before its message: stored, and counted once it is there
        ChatMessage late = msg("m2", "bob", "gg", 1);
        votes(vote(late, "v1"));
        write(MessageWrite.insert(late));
        assertThat(upvotes(late)).isZero();
        votes(MessageVoteWrite.of(late.id().toString(), null));
        assertThat(upvotes(late)).isEqualTo(1);
    }

    private void votes(MessageVoteWrite... w) throws Exception {
        run(
                QuestionStatements.UPDATE_MESSAGE_VOTES,
                QuestionStatements.BIND_MESSAGE_VOTES,
                List.of(w));
    }

    private static MessageVoteWrite vote(ChatMessage m, String voter) {
        VoteRow v = new VoteRow();
        v.type = "message";
        v.itemId = m.id().toString();
        v.voter = voter;
        v.source = "api";
        v.platform = m.platform().id();
        v.channel = m.channel();
        v.actionId = "a-" + voter;
        v.atMillis = 0;
        return MessageVoteWrite.of(m.id().toString(), v);
    }

    private static long upvotes(ChatMessage m) throws Exception {
        return count("SELECT upvotes FROM messages WHERE id = '" + m.id() + "'");
    }

    private static void write(MessageWrite... w) throws Exception {
        run(MessageStatements.UPSERT_MESSAGE, MessageStatements.BIND_MESSAGE, List.of(w));
    }

    @Test
    void storesEveryFieldOfAMessage() throws Exception {
        ChatMessage m =
                msg("a", "ann", "hi <b>there</b> 😀", 0).toBuilder()
                        .displayName("Ann")
                        .badges(List.of(Badge.of("subscriber", "12")))
                        .emotes(List.of(new Emote("25", "hi", 0, 2, "")))
                        .amount(Amount.of("100", "bits"))
                        .replyTo("p")
                        .replyParent(new ReplyParent("9", "dad", "Dad", "q?"))
                        .meta(Map.of("first_message", "true"))
                        .category("greeting")
                        .confidence(0.9)
                        .build();
        write(MessageWrite.insert(m));
        try (Connection c = db.config().connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM messages")) {
            rs.next();
            assertThat(rs.getObject("id")).isEqualTo(m.id());
            assertThat(rs.getString("message")).isEqualTo("hi <b>there</b> 😀");
            assertThat(rs.getString("display_name")).isEqualTo("Ann");
            assertThat(rs.getString("badges")).contains("subscriber");
            assertThat(rs.getString("amount")).contains("bits");
            assertThat(rs.getString("reply_parent")).contains("dad");
            assertThat(rs.getString("category")).isEqualTo("greeting");
            assertThat(rs.getTimestamp("timestamp").toInstant()).isEqualTo(m.timestamp());
        }
    }

    @Test
    void aPlainMessageStoresEmptyJsonCollections() throws Exception {
        write(MessageWrite.insert(msg("a", "ann", "hi", 0)));
        try (Connection c = db.config().connect();
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "SELECT badges::text, emotes::text, meta::text, reply_parent,"
                                        + " amount FROM messages")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("[]");
            assertThat(rs.getString(2)).isEqualTo("[]");
            assertThat(rs.getString(3)).isEqualTo("{}");
            assertThat(rs.getString(4)).isNull();
            assertThat(rs.getString(5)).isNull();
        }
    }

    @Test
    void writingAMessageAgainChangesNothing() throws Exception {
        ChatMessage m = msg("a", "ann", "hi", 0);
        write(
                MessageWrite.insert(m),
                MessageWrite.insert(m.toBuilder().message("changed").build()));
        assertThat(count("SELECT count(*) FROM messages WHERE message = 'hi'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM messages")).isEqualTo(1);
    }

    @Test
    void aDeletionOnlyRaisesTheFlagAndSurvivesAReplayOfTheInsert() throws Exception {
        ChatMessage m = msg("a", "ann", "spam", 0);
        ChatMessage identity =
                ChatMessage.builder()
                        .platform(Platform.TWITCH)
                        .channel("chan")
                        .platformMessageId("a")
                        .username("")
                        .message("")
                        .timestamp(Instant.EPOCH)
                        .deleted(true)
                        .build();
        write(MessageWrite.insert(m), MessageWrite.deletion(identity), MessageWrite.insert(m));
        assertThat(count("SELECT count(*) FROM messages WHERE deleted AND message = 'spam'"))
                .isEqualTo(1);
    }

    @Test
    void rangeDeletionsHideByUserByChannelOrByMessage() throws Exception {
        write(
                MessageWrite.insert(msg("a", "troll", "x", 0)),
                MessageWrite.insert(msg("b", "ann", "y", 1)),
                MessageWrite.insert(msg("c", "troll", "z", 10)),
                MessageWrite.insert(msg("d", "bob", "w", 20)));
        long at5 = msg("q", "u", "", 5).timestamp().toEpochMilli();
        run(
                MessageStatements.DELETE_RANGE,
                MessageStatements.BIND_DELETE_RANGE,
                List.of(RangeDeletion.ofUser("twitch", "chan", "uid-troll", "troll", at5)));
        assertThat(count("SELECT count(*) FROM messages WHERE deleted")).isEqualTo(1);
        run(
                MessageStatements.DELETE_RANGE,
                MessageStatements.BIND_DELETE_RANGE,
                List.of(RangeDeletion.ofUser("twitch", "chan", "", "BOB", Long.MAX_VALUE)));
        assertThat(count("SELECT count(*) FROM messages WHERE deleted AND username = 'bob'"))
                .isEqualTo(1);
        run(
                MessageStatements.DELETE_RANGE,
                MessageStatements.BIND_DELETE_RANGE,
                List.of(RangeDeletion.ofMessage("twitch", "chan", "c")));
        assertThat(count("SELECT count(*) FROM messages WHERE deleted")).isEqualTo(3);
        run(
                MessageStatements.DELETE_RANGE,
                MessageStatements.BIND_DELETE_RANGE,
                List.of(RangeDeletion.ofChannel("twitch", "chan", at5)));
        assertThat(count("SELECT count(*) FROM messages WHERE NOT deleted")).isZero();
    }

    @Test
    void hiddenMessagesTakeTheirQuestionsOutOfTheQueue() throws Exception {
        ChatMessage open = msg("a", "troll", "what?", 0);
        ChatMessage answered = msg("b", "troll", "why?", 1);
        ChatMessage other = msg("c", "ann", "how?", 2);
        ChatMessage hidden = msg("d", "ann", "who?", 3);
        write(
                MessageWrite.insert(open),
                MessageWrite.insert(answered),
                MessageWrite.insert(other),
                MessageWrite.insert(hidden));
        // question rows the job may no longer remember (it forgets them a day after the last
        // change)
        for (ChatMessage m : List.of(open, answered, other, hidden)) {
            sql(
                    "INSERT INTO questions (id, message_id, platform, channel, username, question,"
                            + " \"timestamp\", answered) VALUES (gen_random_uuid(), '"
                            + m.id()
                            + "', 'twitch', 'chan', '"
                            + m.username()
                            + "', '"
                            + m.message()
                            + "', now(), "
                            + (m == answered || m == hidden)
                            + ")");
        }
        run(
                MessageStatements.DELETE_RANGE,
                MessageStatements.BIND_DELETE_RANGE,
                List.of(
                        RangeDeletion.ofUser(
                                "twitch", "chan", "uid-troll", "troll", Long.MAX_VALUE),
                        RangeDeletion.ofId("twitch", "chan", hidden.id().toString())));
        // a ban takes the user's open questions; a hidden message its question, answered or not
        assertThat(deletedQuestions()).containsExactlyInAnyOrder("what?", "who?");
    }

    @Test
    void lateActionsChangeTheStoredQuestionOnce() throws Exception {
        String q = "0b7c9e3a-1f2d-4c5b-8a6e-9d0c1b2a3f4e";
        String gone = "1c8d0f4b-2e3a-4d6c-9b7f-0e1d2c3b4a5f";
        sql(
                "INSERT INTO questions (id, message_id, platform, channel, username, question,"
                        + " \"timestamp\", upvotes, asks, score, deleted) VALUES"
                        + " ('"
                        + q
                        + "', gen_random_uuid(), 'twitch', 'chan', 'ann', 'what?', now(), 3, 2, 5, false),"
                        + " ('"
                        + gone
                        + "', gen_random_uuid(), 'twitch', 'chan', 'bob', 'who?', now(), 0, 1, 1, true)");
        LateQuestionAction vote = late(LateQuestionAction.VOTE, q, "v9");
        run(
                QuestionStatements.LATE_QUESTION_ACTION,
                QuestionStatements.BIND_LATE_QUESTION_ACTION,
                List.of(vote, vote));
        assertThat(count("SELECT upvotes FROM questions WHERE id = '" + q + "'")).isEqualTo(4);
        assertThat(count("SELECT score FROM questions WHERE id = '" + q + "'")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM upvotes WHERE item_id = '" + q + "'")).isEqualTo(1);

        run(
                QuestionStatements.LATE_QUESTION_ACTION,
                QuestionStatements.BIND_LATE_QUESTION_ACTION,
                List.of(late(LateQuestionAction.ANSWER, q, null)));
        assertThat(
                        count(
                                "SELECT count(*) FROM questions WHERE answered AND answered_at IS NOT NULL"))
                .isEqualTo(1);
        run(
                QuestionStatements.LATE_QUESTION_ACTION,
                QuestionStatements.BIND_LATE_QUESTION_ACTION,
                List.of(late(LateQuestionAction.UNANSWER, q, null)));
        assertThat(
                        count(
                                "SELECT count(*) FROM questions WHERE answered OR answered_at IS NOT NULL"))
                .isZero();
        assertThat(count("SELECT upvotes FROM questions WHERE id = '" + q + "'")).isEqualTo(4);

        // a deleted question and an id with no question take no vote
        run(
                QuestionStatements.LATE_QUESTION_ACTION,
                QuestionStatements.BIND_LATE_QUESTION_ACTION,
                List.of(
                        late(LateQuestionAction.VOTE, gone, "v9"),
                        late(
                                LateQuestionAction.VOTE,
                                "2d9e1a5c-3f4b-4e7d-8c0a-1f2e3d4c5b6a",
                                "v9")));
        assertThat(count("SELECT count(*) FROM upvotes")).isEqualTo(1);
        assertThat(count("SELECT upvotes FROM questions WHERE id = '" + gone + "'")).isZero();
    }

    private static LateQuestionAction late(String action, String questionId, String voter) {
        VoteRow v = null;
        if (voter != null) {
            v = new VoteRow();
            v.type = "question";
            v.itemId = questionId;
            v.voter = voter;
            v.source = "api";
            v.platform = "twitch";
            v.channel = "chan";
            v.actionId = "a-" + voter;
        }
        return LateQuestionAction.of(action, questionId, v, 1_700_000_000_000L);
    }

    private static List<String> deletedQuestions() throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = db.config().connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT question FROM questions WHERE deleted")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void statusesCreateReplayChannelsButNeverResurrectRemovedLiveOnes() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        ChannelStatusChanged live =
                new ChannelStatusChanged(
                        Platform.KICK,
                        "gone",
                        "default",
                        ChannelStatus.RECONNECTING,
                        "",
                        "live",
                        t);
        ChannelStatusChanged replay =
                new ChannelStatusChanged(
                        Platform.KICK,
                        "replay-x",
                        "default",
                        ChannelStatus.LIVE,
                        "replaying",
                        "replay",
                        t);
        run(MessageStatements.UPSERT_STATUS, MessageStatements.BIND_STATUS, List.of(live, replay));
        assertThat(count("SELECT count(*) FROM channels")).isEqualTo(1);
        sql("INSERT INTO channels (platform, channel) VALUES ('kick', 'gone')");
        ChannelStatusChanged older =
                new ChannelStatusChanged(
                        Platform.KICK,
                        "gone",
                        "default",
                        ChannelStatus.ERROR,
                        "old",
                        "live",
                        t.minusSeconds(5));
        run(MessageStatements.UPSERT_STATUS, MessageStatements.BIND_STATUS, List.of(live, older));
        assertThat(
                        count(
                                "SELECT count(*) FROM channels WHERE channel = 'gone' AND status = 'reconnecting'"))
                .isEqualTo(1);
        run(
                MessageStatements.UPSERT_COUNTERS,
                MessageStatements.BIND_COUNTERS,
                List.of(
                        new ChannelCounters("kick", "replay-x", 42, t.toEpochMilli())
                                .at("default", "replay")));
        assertThat(count("SELECT messages_total FROM channels WHERE channel = 'replay-x'"))
                .isEqualTo(42);
    }

    @Test
    void countersThatLandBeforeTheStatusCreateAReplayedChannelButNeverALiveOne() throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        run(
                MessageStatements.UPSERT_COUNTERS,
                MessageStatements.BIND_COUNTERS,
                List.of(
                        new ChannelCounters("kick", "replay-y", 7, t.toEpochMilli())
                                .at("show", "replay"),
                        new ChannelCounters("kick", "removed", 9, t.toEpochMilli())
                                .at("default", "live")));
        assertThat(
                        count(
                                "SELECT count(*) FROM channels WHERE channel = 'replay-y'"
                                        + " AND stream = 'show' AND origin = 'replay'"
                                        + " AND messages_total = 7 AND status = 'connecting'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM channels WHERE channel = 'removed'")).isZero();
        run(
                MessageStatements.UPSERT_STATUS,
                MessageStatements.BIND_STATUS,
                List.of(
                        new ChannelStatusChanged(
                                Platform.KICK,
                                "replay-y",
                                "show",
                                ChannelStatus.LIVE,
                                "replaying",
                                "replay",
                                t)));
        assertThat(
                        count(
                                "SELECT count(*) FROM channels WHERE channel = 'replay-y'"
                                        + " AND status = 'live' AND messages_total = 7"))
                .isEqualTo(1);
    }
}
