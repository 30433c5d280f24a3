package io.mellchat.connectors.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.Platform;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.connector.source.ReaderInfo;
import org.apache.flink.api.connector.source.mocks.MockSplitEnumeratorContext;
import org.junit.jupiter.api.Test;

class ChannelEnumeratorTest {

    private static ChannelSpec spec(String s) {
        return ChannelSpec.parse(s, "default");
    }

    private static ChannelEnumerator enumerator(MockSplitEnumeratorContext<ChannelSplit> ctx) {
        return new ChannelEnumerator(
                ctx,
                Platform.TWITCH,
                ChannelDiscovery.of(List.of()),
                Duration.ofSeconds(5),
                ChannelEnumeratorState.empty());
    }

    @Test
    void spreadsNewChannelsOverReaders() throws Exception {
        MockSplitEnumeratorContext<ChannelSplit> ctx = new MockSplitEnumeratorContext<>(2);
        ctx.registerReader(new ReaderInfo(0, "h"));
        ctx.registerReader(new ReaderInfo(1, "h"));
        ChannelEnumerator e = enumerator(ctx);
        e.onDiscovered(List.of(spec("twitch:a"), spec("twitch:b"), spec("twitch:c")), null);
        var assignment = ctx.getSplitsAssignmentSequence().get(0).assignment();
        assertThat(assignment.get(0)).hasSize(2);
        assertThat(assignment.get(1)).hasSize(1);
        assertThat(e.snapshotState(1).assigned()).hasSize(3);
    }

    @Test
    void waitsForReadersBeforeAssigning() throws Exception {
        MockSplitEnumeratorContext<ChannelSplit> ctx = new MockSplitEnumeratorContext<>(1);
        ChannelEnumerator e = enumerator(ctx);
        e.onDiscovered(List.of(spec("twitch:a")), null);
        assertThat(ctx.getSplitsAssignmentSequence()).isEmpty();
        assertThat(e.snapshotState(1).pending()).hasSize(1);
        ctx.registerReader(new ReaderInfo(0, "h"));
        e.addReader(0);
        assertThat(ctx.getSplitsAssignmentSequence()).hasSize(1);
    }

    @Test
    void announcesRemovedChannelsToEveryReaderAndReAddsChangedOnesNextRound() throws Exception {
        MockSplitEnumeratorContext<ChannelSplit> ctx = new MockSplitEnumeratorContext<>(2);
        ctx.registerReader(new ReaderInfo(0, "h"));
        ctx.registerReader(new ReaderInfo(1, "h"));
        ChannelEnumerator e = enumerator(ctx);
        e.onDiscovered(List.of(spec("twitch:a"), spec("twitch:b")), null);
        e.onDiscovered(List.of(spec("twitch:a"), ChannelSpec.parse("twitch:b", "other")), null);
        assertThat(ctx.getSentSourceEvent().get(0))
                .singleElement()
                .satisfies(
                        ev ->
                                assertThat(((ChannelsRemovedEvent) ev).splitIds())
                                        .containsExactly("twitch:b"));
        assertThat(ctx.getSentSourceEvent().get(1)).hasSize(1);
        // the moved channel comes back in the next round, in its new stream
        e.onDiscovered(List.of(spec("twitch:a"), ChannelSpec.parse("twitch:b", "other")), null);
        List<ChannelSplit> last =
                ctx
                        .getSplitsAssignmentSequence()
                        .get(ctx.getSplitsAssignmentSequence().size() - 1)
                        .assignment()
                        .values()
                        .stream()
                        .flatMap(List::stream)
                        .collect(Collectors.toList());
        assertThat(last)
                .singleElement()
                .satisfies(s -> assertThat(s.spec().stream()).isEqualTo("other"));
    }

    @Test
    void keepsChannelsWhenDiscoveryFails() throws Exception {
        MockSplitEnumeratorContext<ChannelSplit> ctx = new MockSplitEnumeratorContext<>(1);
        ctx.registerReader(new ReaderInfo(0, "h"));
        ChannelEnumerator e = enumerator(ctx);
        e.onDiscovered(List.of(spec("twitch:a")), null);
        e.onDiscovered(null, new RuntimeException("database down"));
        assertThat(e.snapshotState(2).assigned()).hasSize(1);
        assertThat(ctx.getSentSourceEvent()).isEmpty();
    }

    @Test
    void splitsOfAFailedReaderAreAssignedAgain() throws Exception {
        MockSplitEnumeratorContext<ChannelSplit> ctx = new MockSplitEnumeratorContext<>(1);
        ctx.registerReader(new ReaderInfo(0, "h"));
        ChannelEnumerator e = enumerator(ctx);
        e.onDiscovered(List.of(spec("twitch:a")), null);
        ChannelSplit a = e.snapshotState(1).assigned().get(0);
        e.addSplitsBack(List.of(a), 0);
        assertThat(ctx.getSplitsAssignmentSequence()).hasSize(2);
    }

    @Test
    void aReaderThatRestoredARemovedChannelIsToldToDropIt() throws Exception {
        MockSplitEnumeratorContext<ChannelSplit> ctx = new MockSplitEnumeratorContext<>(2);
        ctx.registerReader(new ReaderInfo(0, "h"));
        ctx.registerReader(new ReaderInfo(1, "h"));
        ChannelEnumerator e = enumerator(ctx);
        e.onDiscovered(List.of(spec("twitch:a"), spec("twitch:b")), null); // a -> 0, b -> 1
        // b is removed (announced to both); then reader 1 fails over alone and restores b
        e.onDiscovered(List.of(spec("twitch:a")), null);
        assertThat(ctx.getSentSourceEvent().get(0)).hasSize(1);
        assertThat(ctx.getSentSourceEvent().get(1)).hasSize(1);
        e.handleSourceEvent(1, new ReaderSplitsEvent(Set.of("twitch:b")));
        assertThat(ctx.getSentSourceEvent().get(0)).hasSize(1);
        assertThat(ctx.getSentSourceEvent().get(1))
                .hasSize(2)
                .last()
                .satisfies(
                        ev ->
                                assertThat(((ChannelsRemovedEvent) ev).splitIds())
                                        .containsExactly("twitch:b"));
        // a reader that restored what it still owns keeps it
        e.handleSourceEvent(0, new ReaderSplitsEvent(Set.of("twitch:a")));
        assertThat(ctx.getSentSourceEvent().get(0)).hasSize(1);
    }

    @Test
    void afterARestoreReadersReportWhatTheyOwnAndAChannelIsReadByOneOfThem() throws Exception {
        MockSplitEnumeratorContext<ChannelSplit> first = new MockSplitEnumeratorContext<>(2);
        first.registerReader(new ReaderInfo(0, "h"));
        first.registerReader(new ReaderInfo(1, "h"));
        ChannelEnumerator before = enumerator(first);
        before.onDiscovered(List.of(spec("twitch:a"), spec("twitch:b")), null);
        ChannelEnumeratorState state = before.snapshotState(1);

        MockSplitEnumeratorContext<ChannelSplit> ctx = new MockSplitEnumeratorContext<>(2);
        ctx.registerReader(new ReaderInfo(0, "h"));
        ctx.registerReader(new ReaderInfo(1, "h"));
        ChannelEnumerator e =
                new ChannelEnumerator(
                        ctx,
                        Platform.TWITCH,
                        ChannelDiscovery.of(List.of()),
                        Duration.ofSeconds(5),
                        state);
        e.handleSourceEvent(0, new ReaderSplitsEvent(Set.of("twitch:a")));
        e.handleSourceEvent(1, new ReaderSplitsEvent(Set.of("twitch:b", "twitch:a")));
        assertThat(ctx.getSentSourceEvent()).containsOnlyKeys(1);
        assertThat(((ChannelsRemovedEvent) ctx.getSentSourceEvent().get(1).get(0)).splitIds())
                .containsExactly("twitch:a");
        // a new channel goes to a reader by the owners it learnt: both read one
        e.onDiscovered(List.of(spec("twitch:a"), spec("twitch:b"), spec("twitch:c")), null);
        assertThat(ctx.getSplitsAssignmentSequence()).hasSize(1);
        assertThat(ctx.getSplitsAssignmentSequence().get(0).assignment().get(0))
                .extracting(ChannelSplit::splitId)
                .containsExactly("twitch:c");
    }
}
