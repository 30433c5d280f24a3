package io.mellchat.connectors.kick.reader;

import static io.mellchat.connectors.kick.fake.FakePusherServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.common.ChannelRecord;
import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.kick.client.KickChatClient;
import io.mellchat.connectors.kick.client.KickClientConfig;
import io.mellchat.connectors.kick.client.SkipReasons;
import io.mellchat.connectors.kick.fake.FakeKickApi;
import io.mellchat.connectors.kick.fake.FakePusherServer;
import io.mellchat.connectors.kick.fake.KickFrames;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsRemoval;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.Test;

class KickSplitReaderTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ROOM = KickFrames.chatroomChannel(1221707);

    private final List<ChatEvent> events = new CopyOnWriteArrayList<>();
    private final Set<String> finished = new CopyOnWriteArraySet<>();

    @Test
    void queuesEventsAndStatusesCountsSkipsAndFinishesRemovedSplits() {
        try (FakePusherServer pusher = FakePusherServer.start();
                FakeKickApi api = FakeKickApi.start()) {
            KickClientConfig config = KickClientConfig.defaults(pusher.url(), api.url());
            SourceMetrics metrics =
                    new SourceMetrics(new UnregisteredMetricsGroup(), Platform.KICK);
            KickSplitReader reader =
                    new KickSplitReader(l -> KickChatClient.create(config, l), metrics);
            ChannelSplit split = ChannelSplit.of(ChannelSpec.parse("kick:litney#1221707", "show"));
            try {
                reader.handleSplitsChanges(new SplitsAddition<>(List.of(split)));
                awaitFetched(reader, "live", () -> statuses().contains(ChannelStatus.LIVE));
                assertThat(statuses().get(0)).isEqualTo(ChannelStatus.CONNECTING);

                pusher.duplicateDelivery(true);
                pusher.publish(
                        ROOM,
                        KickFrames.CHAT_MESSAGE_EVENT,
                        KickFrames.chatMessage(1221707, "m1", 7, "Viewer", "hi"));
                pusher.publishRaw(
                        ROOM,
                        "{\"event\":\"App\\\\Events\\\\ChatMessageEvent\",\"channel\":\""
                                + ROOM
                                + "\",\"data\":\"{oops\"}");
                awaitFetched(
                        reader,
                        "the message and the skips",
                        () ->
                                messages() == 1
                                        && metrics.skippedCount(SkipReasons.INVALID_JSON) == 2);
                assertThat(metrics.skippedCount(SkipReasons.DUPLICATE)).isEqualTo(1);
                ChatMessage m =
                        (ChatMessage)
                                events.stream()
                                        .filter(e -> e instanceof ChatMessage)
                                        .findFirst()
                                        .orElseThrow();
                assertThat(m.stream()).isEqualTo("show");

                reader.handleSplitsChanges(new SplitsRemoval<>(List.of(split)));
                awaitFetched(reader, "the split finished", () -> finished.contains("kick:litney"));
                await("unsubscribed", WAIT, () -> pusher.subscribers(ROOM) == 0);
            } finally {
                try {
                    reader.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private List<ChannelStatus> statuses() {
        return events.stream()
                .filter(e -> e instanceof ChannelStatusChanged)
                .map(e -> ((ChannelStatusChanged) e).status())
                .toList();
    }

    private long messages() {
        return events.stream().filter(e -> e instanceof ChatMessage).count();
    }

    /** Calls fetch() (which waits at most its poll time) until {@code condition} holds. */
    private void awaitFetched(
            KickSplitReader reader, String what, java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what + "; got " + events);
            }
            try {
                RecordsWithSplitIds<ChannelRecord> batch = reader.fetch();
                while (batch.nextSplit() != null) {
                    ChannelRecord r;
                    while ((r = batch.nextRecordFromSplit()) != null) {
                        r.event().ifPresent(events::add);
                    }
                }
                finished.addAll(batch.finishedSplits());
                batch.recycle();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
