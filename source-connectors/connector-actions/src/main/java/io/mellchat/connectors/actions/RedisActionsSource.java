package io.mellchat.connectors.actions;

import io.mellchat.connectors.common.SingleSplitEnumerator;
import io.mellchat.connectors.common.SplitListSerializer;
import io.mellchat.model.UserAction;
import io.mellchat.model.flink.UserActionTypeInfoFactory;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * The user actions serving writes into the Redis Stream {@value UserAction#STREAM_KEY}: one split,
 * read from the beginning on a fresh start and from the checkpointed entry id after a restore, so a
 * restart replays exactly the actions that were not yet part of a checkpoint (the job's keyed state
 * makes their effect exactly once).
 */
public final class RedisActionsSource
        implements Source<UserAction, ActionsSplit, List<ActionsSplit>>,
                ResultTypeQueryable<UserAction> {
    private static final long serialVersionUID = 1L;

    private final String redisUrl;
    private final String streamKey;

    /**
     * @param redisUrl {@code redis://[:password@]host:port[/db]}
     * @param streamKey the stream, normally {@link UserAction#STREAM_KEY}
     */
    public RedisActionsSource(String redisUrl, String streamKey) {
        this.redisUrl = redisUrl;
        this.streamKey = streamKey;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SourceReader<UserAction, ActionsSplit> createReader(SourceReaderContext context) {
        return new ActionsSourceReader(redisUrl, context);
    }

    @Override
    public SplitEnumerator<ActionsSplit, List<ActionsSplit>> createEnumerator(
            SplitEnumeratorContext<ActionsSplit> context) {
        return new SingleSplitEnumerator<>(
                context, List.of(new ActionsSplit(streamKey, ActionsSplit.BEGINNING)), false);
    }

    @Override
    public SplitEnumerator<ActionsSplit, List<ActionsSplit>> restoreEnumerator(
            SplitEnumeratorContext<ActionsSplit> context, List<ActionsSplit> checkpoint) {
        return new SingleSplitEnumerator<>(context, checkpoint, false);
    }

    @Override
    public SimpleVersionedSerializer<ActionsSplit> getSplitSerializer() {
        return ActionsSplitSerializer.INSTANCE;
    }

    @Override
    public SimpleVersionedSerializer<List<ActionsSplit>> getEnumeratorCheckpointSerializer() {
        return new SplitListSerializer<>(ActionsSplitSerializer.INSTANCE);
    }

    @Override
    public TypeInformation<UserAction> getProducedType() {
        return UserActionTypeInfoFactory.TYPE_INFO;
    }
}
