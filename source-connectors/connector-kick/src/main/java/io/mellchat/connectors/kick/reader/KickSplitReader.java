package io.mellchat.connectors.kick.reader;

import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.QueueingSplitReader;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.kick.client.KickChatClient;
import io.mellchat.connectors.kick.client.KickChatListener;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import java.util.function.Function;

/**
 * Reads the Kick channels of one subtask: hands the splits to a {@link KickChatClient} and queues
 * what it reports (events, statuses) for Flink, counting messages, reconnects, parse failures and
 * skips in {@link SourceMetrics}. Kick's socket cannot resume, so splits carry no position.
 */
public final class KickSplitReader extends QueueingSplitReader {
    private final KickChatClient client;
    private final SourceMetrics metrics;

    public KickSplitReader(
            Function<KickChatListener, KickChatClient> clients, SourceMetrics metrics) {
        this.metrics = metrics;
        this.client = clients.apply(new Events());
    }

    @Override
    protected void subscribe(ChannelSplit split) {
        client.add(split.spec());
    }

    @Override
    protected void unsubscribe(ChannelSplit split) {
        client.remove(split.spec());
    }

    @Override
    public void close() {
        client.close();
    }

    /** The client's reports, on its threads; emitting blocks while Flink's queue is full. */
    private final class Events implements KickChatListener {
        @Override
        public void onEvent(ChannelSpec channel, ChatEvent event) {
            if (event instanceof ChatMessage) {
                metrics.message(channel.ref().key(), ((ChatMessage) event).receivedAt());
            }
            try {
                emit(channel.ref().key(), event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onStatus(ChannelSpec channel, ChannelStatus status, String detail) {
            ChannelSplit split = splits().get(channel.ref().key());
            if (split == null) {
                return;
            }
            try {
                emitStatus(split, status, detail);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onSkipped(String reason, String detail) {
            metrics.skipped(reason, detail);
        }

        @Override
        public void onReconnect(ChannelSpec channel) {
            metrics.reconnect(channel.ref().key());
        }

        @Override
        public void onParseFailure(ChannelSpec channel) {
            metrics.parseFailure(channel.ref().key());
        }
    }
}
