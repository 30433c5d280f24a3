package io.mellchat.connectors.twitch;

import io.mellchat.connectors.common.ChannelDiscovery;
import io.mellchat.connectors.common.ChannelRecord;
import io.mellchat.connectors.common.ChannelSource;
import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.twitch.reader.TwitchSplitReader;
import io.mellchat.model.Platform;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;

/**
 * The FLIP-27 source of Twitch chat: one split per channel ({@code twitch:<login>}), discovered
 * through {@link ChannelDiscovery}; each subtask reads its channels anonymously over IRC (by
 * default {@code wss://irc-ws.chat.twitch.tv:443}) and emits {@code ChatMessage}, {@code
 * MessageDeleted}, {@code UserBanned}, {@code ChatCleared} and {@code ChannelStatusChanged} events.
 * Messages Twitch delivers twice and Shared Chat copies are dropped per subtask.
 */
public final class TwitchSource extends ChannelSource {
    private static final long serialVersionUID = 1L;

    private final TwitchSourceOptions options;

    public TwitchSource(TwitchSourceOptions options, ChannelDiscovery discovery) {
        super(Platform.TWITCH, discovery, options.discoveryInterval());
        this.options = options;
    }

    public TwitchSourceOptions options() {
        return options;
    }

    @Override
    protected SplitReader<ChannelRecord, ChannelSplit> createSplitReader(
            SourceReaderContext context) {
        return new TwitchSplitReader(
                options,
                new SourceMetrics(context.metricGroup(), Platform.TWITCH),
                "twitch-" + context.getIndexOfSubtask());
    }
}
