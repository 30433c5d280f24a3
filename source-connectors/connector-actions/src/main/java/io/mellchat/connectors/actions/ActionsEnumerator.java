package io.mellchat.connectors.actions;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;

/** Hands the single actions split to the first reader that asks, and back after a failure. */
final class ActionsEnumerator implements SplitEnumerator<ActionsSplit, List<ActionsSplit>> {
    private final SplitEnumeratorContext<ActionsSplit> context;
    private final List<ActionsSplit> unassigned;

    ActionsEnumerator(SplitEnumeratorContext<ActionsSplit> context, List<ActionsSplit> unassigned) {
        this.context = context;
        this.unassigned = new ArrayList<>(unassigned);
    }

    @Override
    public void start() {}

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
        if (!unassigned.isEmpty()) {
            context.assignSplit(unassigned.remove(0), subtaskId);
        }
    }

    @Override
    public void addSplitsBack(List<ActionsSplit> splits, int subtaskId) {
        unassigned.addAll(splits);
    }

    @Override
    public void addReader(int subtaskId) {}

    @Override
    public List<ActionsSplit> snapshotState(long checkpointId) {
        return new ArrayList<>(unassigned);
    }

    @Override
    public void close() {}
}
