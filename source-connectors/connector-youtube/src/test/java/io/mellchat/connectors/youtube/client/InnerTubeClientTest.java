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
import io.mellchat.model.UserBanned;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InnerTubeClientTest {
    private static final String VIDEO = "webvideo001";
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
        return YouTubeClientConfig.defaults("", yt.apiUrl(), yt.webUrl())
                .withIntervals(
                        Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofSeconds(8));
    }

    private ChatDriver driver(String channel) {
        api = YouTubeChatApi.create(config(), skips, Clock.systemUTC());
        return new ChatDriver(api, ChannelSpec.parse("youtube:" + channel, "default"));
    }

    @Test
    void bootstrapsFromTheLiveChatPageThenFollowsContinuationsAtTheirTimeout() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        video.text("UCa", "Alice", "before we joined");
        ChatDriver d = driver(VIDEO);

        d.pollUntil(x -> x.messages().size() == 1, WAIT);
        video.text(FakeAuthor.viewer("UCo", "Owner").asOwner(), "welcome");
        video.superChat(FakeAuthor.viewer("UCc", "Carol"), 0, "", "€2,50", "here you go");
        d.pollUntil(x -> x.messages().size() == 3, WAIT);

        assertThat(d.messageIds()).isEqualTo(video.messageIds());
        assertThat(d.messages().get(1).badges()).extracting(b -> b.type()).containsExactly("owner");
        assertThat(d.messages().get(2).amount()).isEqualTo(Amount.of("2.5", "EUR"));
        assertThat(d.statuses())
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.LIVE);
                            assertThat(s.detail()).contains("keyless");
                        });
        assertThat(yt.requests("live_chat_page")).hasSize(1);
        List<FakeRequest> polls = yt.requests("get_live_chat");
        assertThat(polls).allSatisfy(p -> assertThat(p.status()).isEqualTo(200));
        for (int i = 2; i < polls.size(); i++) {
            assertThat(Duration.between(polls.get(i - 1).at(), polls.get(i).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void withoutAViewSelectorThePagesOwnActionsAndContinuationAreUsed() throws Exception {
        yt.viewSelector(false);
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        video.text("UCa", "Alice", "history");

        ChatDriver d = driver(VIDEO);
        PollResult first = d.pollOnce();

        assertThat(first.items()).hasSize(1);
        assertThat(yt.requests("get_live_chat")).isEmpty();
        video.text("UCa", "Alice", "new");
        d.pollUntil(x -> x.messages().size() == 2, WAIT);
        assertThat(d.messageIds()).isEqualTo(video.messageIds());
    }

    @Test
    void deletionsByIdAndBansByAuthorArriveAsModerationEvents() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        ChatDriver d = driver(VIDEO);
        d.pollOnce();
        String spam = video.text("UCspam", "Spammer", "spam");
        video.delete(spam);
        video.ban("UCspam", 0);

        d.pollUntil(x -> x.events().stream().anyMatch(UserBanned.class::isInstance), WAIT);

        assertThat(d.events())
                .filteredOn(MessageDeleted.class::isInstance)
                .singleElement()
                .satisfies(
                        e -> assertThat(((MessageDeleted) e).platformMessageId()).isEqualTo(spam));
        assertThat(d.events())
                .filteredOn(UserBanned.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((UserBanned) e).username()).isEqualTo("UCspam"));
    }

    @Test
    void theEndOfTheStreamFinishesAVideo() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        ChatDriver d = driver(VIDEO);
        d.pollUntil(
                x ->
                        x.cursor().phase() == ChatCursor.Phase.POLL
                                && !x.cursor().token().isEmpty()
                                && x.results().size() >= 2,
                WAIT);
        video.end();

        d.pollUntil(x -> x.last().finished(), WAIT);

        assertThat(d.statuses())
                .last()
                .satisfies(
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.OFFLINE);
                            assertThat(s.detail()).contains("ended");
                        });
    }

    @Test
    void aVideoWhoseStreamIsOverFinishesAtOnce() throws Exception {
        yt.liveVideo(VIDEO).end();
        ChatDriver d = driver(VIDEO);

        assertThat(d.pollOnce().finished()).isTrue();
        assertThat(yt.requests("get_live_chat")).isEmpty();
    }

    @Test
    void serverErrorsRetryTheSameContinuation() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        ChatDriver d = driver(VIDEO);
        d.pollUntil(x -> x.results().size() >= 2, WAIT);
        String token = d.cursor().token();
        yt.failNext(FakeError.SERVER_ERROR, 2);
        video.text("UCa", "Alice", "after the outage");

        d.pollUntil(x -> x.messages().size() == 1, WAIT);

        List<FakeRequest> polls = yt.requests("get_live_chat");
        assertThat(polls.subList(polls.size() - 3, polls.size()))
                .extracting(FakeRequest::token)
                .containsOnly(token);
        assertThat(polls.subList(polls.size() - 3, polls.size()))
                .extracting(FakeRequest::status)
                .containsExactly(503, 503, 200);
        assertThat(d.statuses())
                .extracting(s -> s.status())
                .containsExactly(
                        ChannelStatus.LIVE, ChannelStatus.RECONNECTING, ChannelStatus.LIVE);
    }

    @Test
    void aRefusedContinuationReopensTheChatWithoutRepeatingMessages() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        video.text("UCa", "Alice", "one");
        ChatDriver d = driver(VIDEO);
        d.pollUntil(x -> x.messages().size() == 1, WAIT);
        yt.failNext(FakeError.INVALID_TOKEN);
        d.pollUntil(x -> x.cursor().phase() == ChatCursor.Phase.START, WAIT);
        video.text("UCa", "Alice", "two");

        d.pollUntil(x -> x.messages().size() == 2, WAIT);

        assertThat(d.messageIds()).isEqualTo(video.messageIds());
        assertThat(yt.requests("live_chat_page")).hasSize(2);
    }

    @Test
    void disabledAndPrivateChatsAreClearErrors() throws Exception {
        yt.liveVideo(VIDEO).disableChat();
        ChatDriver d = driver(VIDEO);
        assertThat(d.pollOnce().status().orElseThrow())
                .satisfies(
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.ERROR);
                            assertThat(s.detail()).contains("live chat is disabled");
                        });

        yt.liveVideo("private0001");
        ChatDriver p = new ChatDriver(api, ChannelSpec.parse("youtube:private0001", "default"));
        p.pollUntil(x -> x.results().size() >= 2, WAIT);
        yt.failNext(FakeError.FORBIDDEN);
        PollResult r = p.pollOnce();
        assertThat(r.status().orElseThrow().status()).isEqualTo(ChannelStatus.ERROR);
        assertThat(r.status().orElseThrow().detail()).contains("PERMISSION_DENIED");
        assertThat(r.delay()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void unknownVideosAreOfflineAndCheckedAgain() throws Exception {
        ChatDriver d = driver("unknownvid1");
        PollResult r = d.pollOnce();
        assertThat(r.status().orElseThrow().status()).isEqualTo(ChannelStatus.OFFLINE);
        assertThat(r.status().orElseThrow().detail())
                .contains("has no live chat")
                .contains("wrong id");
        assertThat(r.finished()).isFalse();
    }

    @Test
    void longTimeoutsAreCappedSoThatNoMessageFallsOutOfThePage() throws Exception {
        yt.keylessTimeout(Duration.ofSeconds(20));
        yt.liveVideo(VIDEO);
        ChatDriver d = driver(VIDEO);
        d.pollOnce(); // bootstrap
        PollResult r = d.pollOnce();
        assertThat(r.delay()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aHandleIsResolvedFromItsLivePageAndFollowedToItsNextStream() throws Exception {
        FakeChannel channel = yt.channel("@lofi", "UCSJ4gkVC6NrvII8umztf0Ow");
        ChatDriver d = driver("@lofi");
        PollResult offline = d.pollOnce();
        assertThat(offline.status().orElseThrow().status()).isEqualTo(ChannelStatus.OFFLINE);
        assertThat(offline.status().orElseThrow().detail()).contains("@lofi is not live now");

        channel.goLive("first000001").text("UCa", "Alice", "stream one");
        d.pollUntil(x -> x.messages().size() == 1, WAIT);
        channel.endStream();
        d.pollUntil(x -> x.cursor().phase() == ChatCursor.Phase.RESOLVE, WAIT);
        channel.goLive("second00002").text("UCb", "Bob", "stream two");
        d.pollUntil(x -> x.messages().size() == 2, WAIT);

        assertThat(d.messages())
                .extracting(ChatMessage::message)
                .containsExactly("stream one", "stream two");
        assertThat(d.messages()).extracting(ChatMessage::channel).containsOnly("@lofi");
        assertThat(yt.requests("live_page")).hasSizeGreaterThanOrEqualTo(3);

        yt.channel("@other", "UCxxxxxxxxxxxxxxxxxxxxx1")
                .goLive("third000003")
                .text("UCc", "Carol", "by id");
        ChatDriver byId =
                new ChatDriver(
                        api, ChannelSpec.parse("youtube:UCxxxxxxxxxxxxxxxxxxxxx1", "default"));
        byId.pollUntil(x -> x.messages().size() == 1, WAIT);
        assertThat(byId.messages().get(0).channel()).isEqualTo("UCxxxxxxxxxxxxxxxxxxxxx1");
    }
}
