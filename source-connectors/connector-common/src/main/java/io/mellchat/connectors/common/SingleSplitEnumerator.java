package io.mellchat.connectors.common;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;

/**
 * For sources with a fixed set of splits read by whoever asks (a replayed recording, the actions
 * stream): hands the next split to a reader that requests one, takes splits back after a reader
 * failed, and — for bounded sources — tells a reader there is nothing more.
 */
public final class SingleSplitEnumerator<S extends SourceSplit>
        implements SplitEnumerator<S, List<S>> {
    private final SplitEnumeratorContext<S> context;
    private final List<S> unassigned;
    private final boolean bounded;

    public SingleSplitEnumerator(
            SplitEnumeratorContext<S> context, List<S> unassigned, boolean bounded) {
        this.context = context;
        this.unassigned = new ArrayList<>(unassigned);
        this.bounded = bounded;
    }

    @Override
    public void start() {}

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
        if (!unassigned.isEmpty()) {
            context.assignSplit(unassigned.remove(0), subtaskId);
        } else if (bounded) {
            context.signalNoMoreSplits(subtaskId);
        }
    }

    @Override
    public void addSplitsBack(List<S> splits, int subtaskId) {
        unassigned.addAll(splits);
    }

    @Override
    public void addReader(int subtaskId) {}

    @Override
    public List<S> snapshotState(long checkpointId) {
        return new ArrayList<>(unassigned);
    }

    @Override
    public void close() {}
}
