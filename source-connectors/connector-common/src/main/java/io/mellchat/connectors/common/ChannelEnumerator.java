package io.mellchat.connectors.common;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.SplitsAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discovers the channels of one platform periodically (through {@link
 * SplitEnumeratorContext#callAsync}) and keeps one split per channel assigned: new channels go to
 * the reader with the fewest splits, removed channels are announced to all readers with a {@link
 * ChannelsRemovedEvent}. A channel whose configuration changed (e.g. moved to another stream) is
 * removed in one round and added again in the next.
 */
public final class ChannelEnumerator
        implements SplitEnumerator<ChannelSplit, ChannelEnumeratorState> {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelEnumerator.class);

    private final SplitEnumeratorContext<ChannelSplit> context;
    private final Platform platform;
    private final ChannelDiscovery discovery;
    private final Duration interval;

    /** Split id to the split as assigned (its position is stale: readers own progress). */
    private final Map<String, ChannelSplit> assigned = new LinkedHashMap<>();

    private final Map<String, Integer> owner = new HashMap<>();
    private final Map<String, ChannelSplit> pending = new LinkedHashMap<>();
    private boolean discoveryFailing;

    public ChannelEnumerator(
            SplitEnumeratorContext<ChannelSplit> context,
            Platform platform,
            ChannelDiscovery discovery,
            Duration interval,
            ChannelEnumeratorState restored) {
        this.context = context;
        this.platform = platform;
        this.discovery = discovery;
        this.interval = interval;
        restored.assigned().forEach(s -> assigned.put(s.splitId(), s));
        restored.pending().forEach(s -> pending.put(s.splitId(), s));
    }

    @Override
    public void start() {
        context.callAsync(
                () -> discovery.discover(platform), this::onDiscovered, 0, interval.toMillis());
    }

    void onDiscovered(List<ChannelSpec> specs, Throwable error) {
        if (error != null) {
            if (!discoveryFailing) {
                LOG.warn(
                        "{} channel discovery failed; keeping the current channels",
                        platform,
                        error);
            }
            discoveryFailing = true;
            return;
        }
        if (discoveryFailing) {
            LOG.info("{} channel discovery works again", platform);
            discoveryFailing = false;
        }
        Map<String, ChannelSpec> wanted = new LinkedHashMap<>();
        specs.forEach(s -> wanted.put(s.ref().key(), s));

        Set<String> removed = new HashSet<>();
        for (Map.Entry<String, ChannelSplit> e : assigned.entrySet()) {
            ChannelSpec now = wanted.get(e.getKey());
            if (now == null || !now.equals(e.getValue().spec())) {
                removed.add(e.getKey());
            }
        }
        pending.keySet().removeIf(id -> !wanted.containsKey(id));
        if (!removed.isEmpty()) {
            removed.forEach(
                    id -> {
                        assigned.remove(id);
                        owner.remove(id);
                    });
            LOG.info("{} channels removed: {}", platform, removed);
            ChannelsRemovedEvent event = new ChannelsRemovedEvent(removed);
            context.registeredReaders()
                    .keySet()
                    .forEach(r -> context.sendEventToSourceReader(r, event));
        }
        for (ChannelSpec spec : wanted.values()) {
            String id = spec.ref().key();
            if (!assigned.containsKey(id) && !pending.containsKey(id) && !removed.contains(id)) {
                pending.put(id, ChannelSplit.of(spec));
                LOG.info("{} channel added: {} (stream {})", platform, id, spec.stream());
            }
        }
        assignPending();
    }

    private void assignPending() {
        Set<Integer> readers = context.registeredReaders().keySet();
        if (readers.isEmpty() || pending.isEmpty()) {
            return;
        }
        Map<Integer, Integer> load = new HashMap<>();
        readers.forEach(r -> load.put(r, 0));
        owner.values().forEach(r -> load.computeIfPresent(r, (k, v) -> v + 1));
        Map<Integer, List<ChannelSplit>> assignment = new HashMap<>();
        for (ChannelSplit split : new ArrayList<>(pending.values())) {
            int reader =
                    load.entrySet().stream()
                            .min(
                                    Map.Entry.<Integer, Integer>comparingByValue()
                                            .thenComparing(Map.Entry.comparingByKey()))
                            .orElseThrow()
                            .getKey();
            assignment.computeIfAbsent(reader, r -> new ArrayList<>()).add(split);
            pending.remove(split.splitId());
            assigned.put(split.splitId(), split);
            owner.put(split.splitId(), reader);
            load.merge(reader, 1, Integer::sum);
        }
        context.assignSplits(new SplitsAssignment<>(assignment));
    }

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
        // splits are pushed when discovered; readers never ask
    }

    @Override
    public void addSplitsBack(List<ChannelSplit> splits, int subtaskId) {
        for (ChannelSplit s : splits) {
            assigned.remove(s.splitId());
            owner.remove(s.splitId());
            pending.put(s.splitId(), s);
        }
        assignPending();
    }

    @Override
    public void addReader(int subtaskId) {
        assignPending();
    }

    /**
     * A reader's restored splits: any no longer assigned to it (removed, or given to another reader
     * while it was failing over, when this enumerator was not reset) are removed from it.
     */
    @Override
    public void handleSourceEvent(int subtaskId, SourceEvent event) {
        if (!(event instanceof ReaderSplitsEvent)) {
            return;
        }
        Set<String> stale = new HashSet<>();
        for (String id : ((ReaderSplitsEvent) event).splitIds()) {
            Integer o = owner.get(id);
            if (!assigned.containsKey(id) || (o != null && o != subtaskId)) {
                stale.add(id);
            } else {
                owner.put(id, subtaskId); // after a restore the owners are not in the state
            }
        }
        if (!stale.isEmpty()) {
            LOG.info(
                    "{} reader {} restored channels it no longer reads: {}",
                    platform,
                    subtaskId,
                    stale);
            context.sendEventToSourceReader(subtaskId, new ChannelsRemovedEvent(stale));
        }
    }

    @Override
    public ChannelEnumeratorState snapshotState(long checkpointId) {
        return new ChannelEnumeratorState(
                new ArrayList<>(assigned.values()), new ArrayList<>(pending.values()));
    }

    @Override
    public void close() {}
}
