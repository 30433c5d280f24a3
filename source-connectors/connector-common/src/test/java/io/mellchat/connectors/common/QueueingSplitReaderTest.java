package io.mellchat.connectors.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatCleared;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsRemoval;
import org.junit.jupiter.api.Test;

class QueueingSplitReaderTest {

    /** A protocol that records calls; events are injected by the test as a client thread would. */
    static final class Recording extends QueueingSplitReader {
        final List<String> calls = new ArrayList<>();

        Recording() {
            super(16, 10_000);
        }

        @Override
        protected void subscribe(ChannelSplit split) {
            calls.add("subscribe " + split.splitId());
        }

        @Override
        protected void unsubscribe(ChannelSplit split) {
            calls.add("unsubscribe " + split.splitId());
        }

        void push(ChannelSplit s) throws InterruptedException {
            emit(
                    s.splitId(),
                    new ChatCleared(
                            s.spec().ref().platform(),
                            s.spec().ref().channel(),
                            "default",
                            Instant.EPOCH));
        }

        @Override
        public void close() {}
    }

    private final ChannelSplit a = ChannelSplit.of(ChannelSpec.parse("twitch:a", "default"));
    private final ChannelSplit b = ChannelSplit.of(ChannelSpec.parse("twitch:b", "default"));

    private static List<String> drain(RecordsWithSplitIds<ChannelRecord> r) {
        List<String> out = new ArrayList<>();
        String split;
        while ((split = r.nextSplit()) != null) {
            while (r.nextRecordFromSplit() != null) {
                out.add(split);
            }
        }
        return out;
    }

    @Test
    void deliversEventsOfSubscribedChannelsInBatches() throws Exception {
        Recording reader = new Recording();
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(a, b)));
        assertThat(reader.calls).containsExactly("subscribe twitch:a", "subscribe twitch:b");
        reader.push(a);
        reader.push(b);
        reader.push(a);
        assertThat(drain(reader.fetch()))
                .containsExactlyInAnyOrder("twitch:a", "twitch:a", "twitch:b");
    }

    @Test
    void removedChannelsFinishAndTheirLateEventsAreDropped() throws Exception {
        Recording reader = new Recording();
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(a, b)));
        reader.push(a);
        reader.handleSplitsChanges(new SplitsRemoval<>(List.of(a)));
        reader.push(a);
        reader.push(b);
        RecordsWithSplitIds<ChannelRecord> batch = reader.fetch();
        assertThat(batch.finishedSplits()).containsExactly("twitch:a");
        assertThat(drain(batch)).containsExactly("twitch:b");
        assertThat(reader.calls).contains("unsubscribe twitch:a");
    }

    @Test
    void wakeUpEndsAWaitingFetchPromptly() throws Exception {
        Recording reader = new Recording(); // polls for up to 10 s
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(a)));
        Thread waker = new Thread(reader::wakeUp);
        long start = System.nanoTime();
        waker.start();
        assertThat(drain(reader.fetch())).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
        waker.join();
    }

    @Test
    void statusesAreOrdinaryEventsOfTheirChannel() throws Exception {
        Recording reader = new Recording();
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(a)));
        reader.emitStatus(a, ChannelStatus.RECONNECTING, "socket closed");
        RecordsWithSplitIds<ChannelRecord> batch = reader.fetch();
        assertThat(batch.nextSplit()).isEqualTo("twitch:a");
        ChannelRecord r = batch.nextRecordFromSplit();
        assertThat(r.event())
                .get()
                .isInstanceOfSatisfying(
                        ChannelStatusChanged.class,
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.RECONNECTING);
                            assertThat(s.detail()).isEqualTo("socket closed");
                        });
    }
}
