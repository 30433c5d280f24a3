package io.mellchat.connectors.youtube.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.mellchat.connectors.common.ChannelRecord;
import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.youtube.client.ChatCursor;
import io.mellchat.connectors.youtube.client.CursorCodec;
import io.mellchat.connectors.youtube.client.YouTubeChatApi;
import io.mellchat.connectors.youtube.client.YouTubeClientConfig;
import io.mellchat.connectors.youtube.fake.FakeLiveVideo;
import io.mellchat.connectors.youtube.fake.FakeYouTubeServer;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsRemoval;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class YouTubeSplitReaderTest {
    private static final String VIDEO = "readervid01";
    private static final ChannelSplit SPLIT =
            ChannelSplit.of(ChannelSpec.parse("youtube:" + VIDEO, "default"));

    private final FakeYouTubeServer yt = FakeYouTubeServer.start();
    private final List<YouTubeSplitReader> readers = new ArrayList<>();
    private final List<ChatEvent> events = new ArrayList<>();
    private final List<String> positions = new ArrayList<>();
    private final Set<String> finished = new HashSet<>();

    @AfterEach
    void close() {
        readers.forEach(YouTubeSplitReader::close);
        yt.close();
    }

    private YouTubeSplitReader reader(boolean dataApi) {
        YouTubeClientConfig c =
                YouTubeClientConfig.defaults(
                                dataApi ? FakeYouTubeServer.API_KEY : "", yt.apiUrl(), yt.webUrl())
                        .withQuota(1_000_000_000L, Duration.ZERO);
        SourceMetrics metrics = new SourceMetrics(new UnregisteredMetricsGroup(), Platform.YOUTUBE);
        YouTubeSplitReader r =
                new YouTubeSplitReader(
                        YouTubeChatApi.create(c, metrics::skipped, Clock.systemUTC()),
                        metrics,
                        Clock.systemUTC());
        readers.add(r);
        return r;
    }

    private void fetchUntil(YouTubeSplitReader r, Predicate<YouTubeSplitReaderTest> done)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.test(this)) {
            if (System.nanoTime() > end) {
                fail("not reached in 10 s; events " + events);
            }
            drain(r.fetch());
        }
    }

    private void drain(RecordsWithSplitIds<ChannelRecord> batch) {
        while (batch.nextSplit() != null) {
            ChannelRecord rec;
            while ((rec = batch.nextRecordFromSplit()) != null) {
                rec.event().ifPresent(events::add);
                rec.newPosition().ifPresent(positions::add);
            }
        }
        finished.addAll(batch.finishedSplits());
        batch.recycle();
    }

    private List<String> messageIds() {
        return events.stream()
                .filter(ChatMessage.class::isInstance)
                .map(e -> ((ChatMessage) e).platformMessageId())
                .toList();
    }

    @Test
    void pollsItsSplitsAndHandsOverEventsWithPositions() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        video.text("UCa", "Alice", "one");
        video.text("UCa", "Alice", "two");
        YouTubeSplitReader r = reader(true);
        r.handleSplitsChanges(new SplitsAddition<>(List.of(SPLIT)));

        fetchUntil(r, t -> t.messageIds().size() == 2);
        video.text("UCb", "Bob", "three");
        fetchUntil(r, t -> t.messageIds().size() == 3);

        assertThat(messageIds()).isEqualTo(video.messageIds());
        assertThat(events)
                .filteredOn(ChannelStatusChanged.class::isInstance)
                .first()
                .extracting(e -> ((ChannelStatusChanged) e).status())
                .isEqualTo(ChannelStatus.LIVE);
        assertThat(CursorCodec.decode(positions.get(positions.size() - 1)).token()).isEqualTo("T3");
    }

    @Test
    void aSplitRestoredFromAMidPagePositionResumesRightAfterIt() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        for (int i = 0; i < 4; i++) {
            video.text("UCa", "Alice", "m" + i);
        }
        YouTubeSplitReader first = reader(true);
        first.handleSplitsChanges(new SplitsAddition<>(List.of(SPLIT)));
        fetchUntil(first, t -> t.messageIds().size() == 4);
        // the position after the second message of the page, as a checkpoint there would hold it
        String checkpoint = positions.get(1);
        assertThat(CursorCodec.decode(checkpoint).after()).isEqualTo(video.messageIds().get(1));
        first.close();
        readers.remove(first);
        events.clear();
        video.text("UCa", "Alice", "m4");

        YouTubeSplitReader second = reader(true);
        second.handleSplitsChanges(new SplitsAddition<>(List.of(SPLIT.withPosition(checkpoint))));
        fetchUntil(second, t -> t.messageIds().size() == 3);

        assertThat(messageIds()).isEqualTo(video.messageIds().subList(2, 5));
    }

    @Test
    void keylessSplitsResumeFromTheirContinuation() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        video.text("UCa", "Alice", "one");
        YouTubeSplitReader first = reader(false);
        first.handleSplitsChanges(new SplitsAddition<>(List.of(SPLIT)));
        fetchUntil(first, t -> t.messageIds().size() == 1);
        String checkpoint = positions.get(positions.size() - 1);
        first.close();
        readers.remove(first);
        video.text("UCa", "Alice", "two");

        YouTubeSplitReader second = reader(false);
        second.handleSplitsChanges(new SplitsAddition<>(List.of(SPLIT.withPosition(checkpoint))));
        fetchUntil(second, t -> t.messageIds().size() == 2);

        assertThat(messageIds()).isEqualTo(video.messageIds());
        assertThat(yt.requests("live_chat_page")).hasSize(1); // resumed without a new bootstrap
    }

    @Test
    void theEndOfAVideoFinishesItsSplit() throws Exception {
        FakeLiveVideo video = yt.liveVideo(VIDEO);
        YouTubeSplitReader r = reader(false);
        r.handleSplitsChanges(new SplitsAddition<>(List.of(SPLIT)));
        fetchUntil(r, t -> !t.events.isEmpty());
        video.end();

        fetchUntil(r, t -> t.finished.contains(SPLIT.splitId()));

        assertThat(events)
                .last()
                .isInstanceOfSatisfying(
                        ChannelStatusChanged.class,
                        s -> assertThat(s.status()).isEqualTo(ChannelStatus.OFFLINE));
        assertThat(r.splitCount()).isZero();
        assertThat(CursorCodec.decode(positions.get(positions.size() - 1)).phase())
                .isEqualTo(ChatCursor.Phase.ENDED);
    }

    @Test
    void removedSplitsAreReportedFinishedAndNoLongerPolled() throws Exception {
        yt.liveVideo(VIDEO);
        YouTubeSplitReader r = reader(true);
        r.handleSplitsChanges(new SplitsAddition<>(List.of(SPLIT)));
        fetchUntil(r, t -> !t.events.isEmpty());

        r.handleSplitsChanges(new SplitsRemoval<>(List.of(SPLIT)));
        drain(r.fetch());

        assertThat(finished).contains(SPLIT.splitId());
        assertThat(r.splitCount()).isZero();
    }

    @Test
    void wakeUpEndsAWaitForTheNextPollPromptly() throws Exception {
        yt.liveVideo(VIDEO);
        YouTubeSplitReader r = reader(true);
        // a resumed chat that was told to wait a minute
        ChatCursor resumed =
                ChatCursor.start(ChatCursor.API, VIDEO).withChat("x").nextPage("T0", 60_000, 0);
        r.handleSplitsChanges(
                new SplitsAddition<>(List.of(SPLIT.withPosition(CursorCodec.encode(resumed)))));
        CountDownLatch fetching = new CountDownLatch(1);
        AtomicLong returnedAt = new AtomicLong();
        Thread fetcher =
                new Thread(
                        () -> {
                            fetching.countDown();
                            try {
                                r.fetch();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            returnedAt.set(System.nanoTime());
                        });
        fetcher.start();
        fetching.await();

        long wokenAt = System.nanoTime();
        r.wakeUp();
        fetcher.join(5_000);

        assertThat(fetcher.isAlive()).isFalse();
        assertThat(Duration.ofNanos(returnedAt.get() - wokenAt)).isLessThan(Duration.ofMillis(500));
        assertThat(yt.requests("messages")).isEmpty();
    }

    @Test
    void aPositionFromAnotherModeOrVersionStartsAfresh() throws Exception {
        yt.liveVideo(VIDEO).text("UCa", "Alice", "hi");
        YouTubeSplitReader r = reader(true);
        String webPosition = CursorCodec.encode(ChatCursor.start(ChatCursor.WEB, VIDEO));
        r.handleSplitsChanges(
                new SplitsAddition<>(
                        List.of(
                                SPLIT.withPosition(webPosition),
                                ChannelSplit.of(ChannelSpec.parse("youtube:othervideo1", "default"))
                                        .withPosition("garbage"))));

        fetchUntil(r, t -> t.messageIds().size() == 1);
        assertThat(r.splitCount()).isEqualTo(2);
    }
}
