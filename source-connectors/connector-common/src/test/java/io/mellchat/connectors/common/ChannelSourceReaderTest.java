package io.mellchat.connectors.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChannelSpec;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.Test;

class ChannelSourceReaderTest {

    @Test
    void tellsTheEnumeratorWhichSplitsItRestored() throws Exception {
        List<SourceEvent> sent = new CopyOnWriteArrayList<>();
        SourceReaderContext context =
                (SourceReaderContext)
                        Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {SourceReaderContext.class},
                                (proxy, method, args) ->
                                        switch (method.getName()) {
                                            case "sendSourceEventToCoordinator" -> {
                                                sent.add((SourceEvent) args[0]);
                                                yield null;
                                            }
                                            case "metricGroup" ->
                                                    UnregisteredMetricsGroup
                                                            .createSourceReaderMetricGroup();
                                            case "getConfiguration" -> new Configuration();
                                            case "getIndexOfSubtask" -> 0;
                                            case "currentParallelism" -> 1;
                                            case "toString" -> "test context";
                                            default ->
                                                    throw new UnsupportedOperationException(
                                                            method.getName());
                                        });
        ChannelSourceReader reader = new ChannelSourceReader(IdleSplitReader::new, context);
        // as Flink's SourceOperator does: restored splits first, then start
        reader.addSplits(List.of(ChannelSplit.of(ChannelSpec.parse("twitch:a", "default"))));
        reader.start();
        assertThat(sent)
                .singleElement()
                .satisfies(
                        ev ->
                                assertThat(((ReaderSplitsEvent) ev).splitIds())
                                        .containsExactly("twitch:a"));
        reader.close();
    }

    /**
     * Reads nothing: this test is about what the reader tells the enumerator. A fetch waits until
     * the fetcher wakes it (when splits change or the reader closes), as a real reader's does.
     */
    private static final class IdleSplitReader implements SplitReader<ChannelRecord, ChannelSplit> {
        private final Semaphore wakeUps = new Semaphore(0);

        @Override
        public RecordsWithSplitIds<ChannelRecord> fetch() {
            try {
                wakeUps.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new RecordsBySplits.Builder<ChannelRecord>().build();
        }

        @Override
        public void handleSplitsChanges(SplitsChange<ChannelSplit> splitsChanges) {}

        @Override
        public void wakeUp() {
            wakeUps.release();
        }

        @Override
        public void close() {
            wakeUps.release();
        }
    }
}
