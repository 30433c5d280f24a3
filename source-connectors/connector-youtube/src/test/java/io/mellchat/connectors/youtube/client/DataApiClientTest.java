package io.mellchat.connectors.youtube.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.youtube.fake.FakeAuthor;
import io.mellchat.connectors.youtube.fake.FakeChannel;
import io.mellchat.connectors.youtube.fake.FakeError;
import io.mellchat.connectors.youtube.fake.FakeLiveVideo;
import io.mellchat.connectors.youtube.fake.FakeRequest;
import io.mellchat.connectors.youtube.fake.FakeYouTubeServer;
import io.mellchat.model.Amount;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.MessageKind;
import io.mellchat.model.UserBanned;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataApiClientTest {
    private static final String VIDEO = "vid00000001";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeYouTubeServer yt = FakeYouTubeServer.start();
    private final Fixtures.Skips skips = new Fixtures.Skips();
    private YouTubeChatApi api;

    @AfterEach
    void close() {
        if (api != null) {
            api.close();
        }
        yt.close(); // fails the test if the client polled faster than it was told
    }

    private YouTubeClientConfig config() {
        // a budget so large that it never stretches the fake's 300 ms interval
        return YouTubeClientConfig.defaults(FakeYouTubeServer.API_KEY, yt.apiUrl(), yt.webUrl())
                .withQuota(1_000_000_000L, Duration.ZERO)
                .withIntervals(
                        Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofSeconds(8));
    }

    private ChatDriver driver(String channel) {
        api = YouTubeChatApi.create(config(), skips, Clock.systemUTC());
        return new ChatDriver(api, ChannelSpec.parse("youtube:" + channel, "default"));
    }

    @Test
    void readsHistoryThenNewMessagesInOrderNeverFasterThanAsked() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        video.text("UCa", "Alice", "first");
        video.text(FakeAuthor.viewer("UCb", "Bob").asModerator().asMember(), "second");
        ChatDriver d = driver(VIDEO);

        d.pollUntil(x -> x.messages().size() == 2, WAIT);
        video.text("UCa", "Alice", "third");
        video.superChat(FakeAuthor.viewer("UCc", "Carol"), 5_000_000, "USD", "$5.00", "thanks!");
        d.pollUntil(x -> x.messages().size() == 4, WAIT);

        assertThat(d.messageIds()).isEqualTo(video.messageIds());
        assertThat(d.messages())
                .extracting(ChatMessage::message)
                .containsExactly("first", "second", "third", "thanks!");
        assertThat(d.messages().get(1).badges())
                .extracting(b -> b.type())
                .containsExactly("moderator", "member");
        assertThat(d.messages().get(3).kind()).isEqualTo(MessageKind.PAID);
        assertThat(d.messages().get(3).amount()).isEqualTo(Amount.of("5", "USD"));
        assertThat(d.statuses())
                .first()
                .satisfies(
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.LIVE);
                            assertThat(s.detail()).contains("quota:").contains("units used today");
                        });
        List<FakeRequest> polls = yt.requests("messages");
        assertThat(polls.get(0).token()).isEmpty();
        assertThat(polls.get(1).token()).isEqualTo("T2");
        for (int i = 1; i < polls.size(); i++) {
            assertThat(Duration.between(polls.get(i - 1).at(), polls.get(i).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
        assertThat(yt.requests("videos")).hasSize(1);
    }

    @Test
    void deletionsAndBansArriveAsModerationEvents() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        String spam = video.text("UCspam", "Spammer", "buy now");
        video.delete(spam);
        video.ban("UCspam", 300);
        ChatDriver d = driver(VIDEO);

        d.pollUntil(x -> x.events().stream().anyMatch(UserBanned.class::isInstance), WAIT);

        assertThat(d.events())
                .filteredOn(MessageDeleted.class::isInstance)
                .singleElement()
                .satisfies(
                        e -> assertThat(((MessageDeleted) e).platformMessageId()).isEqualTo(spam));
        assertThat(d.events())
                .filteredOn(UserBanned.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((UserBanned) e).durationSeconds()).isEqualTo(300));
    }

    @Test
    void stretchesThePollingIntervalSoThatTheBudgetLasts() throws Exception {
        yt.liveVideo(VIDEO).text("UCa", "Alice", "hi");
        Clock midnightPacific =
                Clock.fixed(
                        LocalDateTime.parse("2024-06-01T00:00:00")
                                .atZone(QuotaBudget.PACIFIC)
                                .toInstant(),
                        ZoneOffset.UTC);
        api =
                YouTubeChatApi.create(
                        config().withQuota(1_000, Duration.ofHours(1)), skips, midnightPacific);
        ChatDriver d = new ChatDriver(api, ChannelSpec.parse("youtube:" + VIDEO, "default"));

        PollResult r = d.pollOnce();

        // videos.list (1) + liveChatMessages.list (5) spent: 994 units = 198 polls over one hour
        assertThat(r.delay()).isEqualTo(Duration.ofHours(1).dividedBy(198));
        assertThat(r.status().orElseThrow().detail())
                .contains("6 of 1,000 units used today")
                .contains("polling every 18.2 s (YouTube asks 0.3 s)");
        assertThat(r.next().units()).isEqualTo(6);
        assertThat(r.next().day()).isEqualTo("2024-06-01");
    }

    @Test
    void rateLimitBacksOffBeyondThePollingInterval() throws Exception {
        yt.liveVideo(VIDEO);
        ChatDriver d = driver(VIDEO);
        d.pollOnce();
        yt.failNext(FakeError.RATE_LIMIT);

        PollResult r = d.pollOnce();

        assertThat(r.status().orElseThrow().status()).isEqualTo(ChannelStatus.RECONNECTING);
        assertThat(r.status().orElseThrow().detail()).contains("rateLimitExceeded");
        assertThat(r.delay()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(r.next().token()).isEqualTo(r.page().token());
        assertThat(r.next().units()).isEqualTo(11); // a refused call costs quota too
    }

    @Test
    void exhaustedQuotaIsAnErrorUntilMidnightPacific() throws Exception {
        yt.liveVideo(VIDEO);
        ChatDriver d = driver(VIDEO);
        d.pollOnce();
        yt.failNext(FakeError.QUOTA_EXCEEDED);

        PollResult r = d.pollOnce();

        assertThat(r.status().orElseThrow().status()).isEqualTo(ChannelStatus.ERROR);
        assertThat(r.status().orElseThrow().detail())
                .contains("403 quotaExceeded")
                .contains("resets at midnight Pacific")
                .contains("MELLCHAT_YOUTUBE_API_KEY");
        assertThat(r.delay()).isPositive().isLessThanOrEqualTo(Duration.ofHours(25));
        assertThat(r.next().token()).isEqualTo(r.page().token());
    }

    @Test
    void serverErrorsRetryTheSamePageToken() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        video.text("UCa", "Alice", "one");
        ChatDriver d = driver(VIDEO);
        d.pollUntil(x -> x.messages().size() == 1, WAIT);
        yt.failNext(FakeError.SERVER_ERROR, 2);
        video.text("UCa", "Alice", "two");

        d.pollUntil(x -> x.messages().size() == 2, WAIT);

        List<String> tokens = yt.requests("messages").stream().map(FakeRequest::token).toList();
        assertThat(tokens.subList(tokens.size() - 3, tokens.size()))
                .containsExactly("T1", "T1", "T1");
        assertThat(d.statuses())
                .extracting(s -> s.status())
                .containsExactly(
                        ChannelStatus.LIVE, ChannelStatus.RECONNECTING, ChannelStatus.LIVE);
        assertThat(d.messageIds()).isEqualTo(video.messageIds());
    }

    @Test
    void chatEndedEventWithOfflineAtFinishesAVideoAfterItsLastMessages() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        ChatDriver d = driver(VIDEO);
        d.pollOnce();
        video.text("UCa", "Alice", "bye");
        video.end();

        d.pollUntil(x -> x.last().finished(), WAIT);

        assertThat(d.messages()).extracting(ChatMessage::message).containsExactly("bye");
        assertThat(d.statuses())
                .last()
                .satisfies(
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.OFFLINE);
                            assertThat(s.detail()).contains("the stream has ended");
                        });
        assertThat(d.cursor().phase()).isEqualTo(ChatCursor.Phase.ENDED);
    }

    @Test
    void liveChatEndedErrorFinishesAVideo() throws Exception {
        yt.liveVideo(VIDEO);
        ChatDriver d = driver(VIDEO);
        d.pollOnce();
        yt.failNext(FakeError.CHAT_ENDED);

        PollResult r = d.pollOnce();

        assertThat(r.finished()).isTrue();
        assertThat(r.status().orElseThrow().status()).isEqualTo(ChannelStatus.OFFLINE);
    }

    @Test
    void notFoundForbiddenAndDisabledChatsAreClearErrorsCheckedAgainLater() throws Exception {
        api = YouTubeChatApi.create(config(), skips, Clock.systemUTC());
        int n = 0;
        for (FakeError e :
                List.of(FakeError.NOT_FOUND, FakeError.FORBIDDEN, FakeError.CHAT_DISABLED)) {
            String video = "errvideo00" + n++;
            yt.liveVideo(video);
            ChatDriver d = new ChatDriver(api, ChannelSpec.parse("youtube:" + video, "default"));
            d.pollOnce();
            yt.failNext(e);

            PollResult r = d.pollOnce();

            assertThat(r.status().orElseThrow().status())
                    .as(e.name())
                    .isEqualTo(ChannelStatus.ERROR);
            assertThat(r.status().orElseThrow().detail())
                    .as(e.name())
                    .contains(e.dataReason())
                    .contains("checking again every 5 min");
            assertThat(r.delay()).isEqualTo(Duration.ofMinutes(5));
            assertThat(r.next().phase()).isEqualTo(ChatCursor.Phase.START);
            assertThat(r.finished()).isFalse();
        }
        assertThat(yt.requests("messages"))
                .extracting(FakeRequest::status)
                .containsExactly(200, 404, 200, 403, 200, 403);
    }

    @Test
    void unknownVideoAndBadKeyTellThePersonWhatToFix() throws Exception {
        ChatDriver d = driver("nosuchvideo");
        assertThat(d.pollOnce().status().orElseThrow())
                .satisfies(
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.ERROR);
                            assertThat(s.detail()).contains("YouTube has no video nosuchvideo");
                        });

        api.close();
        api = YouTubeChatApi.create(config().withApiKey("wrong"), skips, Clock.systemUTC());
        PollResult r =
                api.poll(
                        ChannelSpec.parse("youtube:" + VIDEO, "default"),
                        api.start(ChannelSpec.parse("youtube:" + VIDEO, "default")));
        assertThat(r.status().orElseThrow().detail())
                .contains("keyInvalid")
                .contains("MELLCHAT_YOUTUBE_API_KEY");
    }

    @Test
    void invalidPageTokenRestartsFromTheNewestMessagesWithoutRepeatingOldOnes() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        video.text("UCa", "Alice", "one");
        ChatDriver d = driver(VIDEO);
        d.pollUntil(x -> x.messages().size() == 1, WAIT);
        yt.failNext(FakeError.INVALID_TOKEN);
        assertThat(d.pollOnce().next().token()).isEmpty();
        video.text("UCa", "Alice", "two");

        d.pollUntil(x -> x.messages().size() == 2, WAIT);

        assertThat(d.messageIds()).isEqualTo(video.messageIds());
    }

    @Test
    void aHandleIsResolvedAndFollowedToItsNextStream() throws Exception {
        FakeChannel channel = yt.channel("@lofi", "UCSJ4gkVC6NrvII8umztf0Ow");
        FakeLiveVideo first = channel.goLive("first000001");
        first.text("UCa", "Alice", "stream one");
        ChatDriver d = driver("@lofi");

        d.pollUntil(x -> x.messages().size() == 1, WAIT);
        channel.endStream();
        d.pollUntil(x -> x.cursor().phase() == ChatCursor.Phase.RESOLVE, WAIT);
        assertThat(d.last().finished()).isFalse();
        assertThat(d.statuses())
                .last()
                .satisfies(
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.OFFLINE);
                            assertThat(s.detail())
                                    .contains("waiting for the next live stream of @lofi");
                        });
        channel.goLive("second00002").text("UCb", "Bob", "stream two");
        d.pollUntil(x -> x.messages().size() == 2, WAIT);

        assertThat(d.messages())
                .extracting(ChatMessage::message)
                .containsExactly("stream one", "stream two");
        assertThat(d.messages()).extracting(ChatMessage::channel).containsOnly("@lofi");
        assertThat(yt.requests("channels")).hasSize(1);
        assertThat(yt.requests("search")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(d.statuses()).last().extracting(s -> s.status()).isEqualTo(ChannelStatus.LIVE);
    }
}
