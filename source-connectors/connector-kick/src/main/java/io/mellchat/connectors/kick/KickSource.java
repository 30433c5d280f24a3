package io.mellchat.connectors.kick;

import io.mellchat.connectors.common.ChannelDiscovery;
import io.mellchat.connectors.common.ChannelRecord;
import io.mellchat.connectors.common.ChannelSource;
import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.kick.client.KickChatClient;
import io.mellchat.connectors.kick.reader.KickSplitReader;
import io.mellchat.model.Platform;
import java.time.Duration;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;

/**
 * The FLIP-27 source of Kick chat: one split per channel ({@code kick:<slug>}), all channels of a
 * subtask read over one Pusher WebSocket. Emits {@link io.mellchat.model.ChatEvent}s, including
 * each channel's {@link io.mellchat.model.ChannelStatusChanged}.
 *
 * <pre>{@code
 * env.fromSource(new KickSource(KickSourceOptions.fromEnv(), discovery),
 *         WatermarkStrategy.noWatermarks(), "kick").uid("source-kick");
 * }</pre>
 */
public final class KickSource extends ChannelSource {
    private static final long serialVersionUID = 1L;
    private static final Duration DEFAULT_DISCOVERY_INTERVAL = Duration.ofSeconds(5);

    private final KickSourceOptions options;

    public KickSource(KickSourceOptions options, ChannelDiscovery discovery) {
        this(options, discovery, DEFAULT_DISCOVERY_INTERVAL);
    }

    public KickSource(
            KickSourceOptions options, ChannelDiscovery discovery, Duration discoveryInterval) {
        super(Platform.KICK, discovery, discoveryInterval);
        this.options = options;
    }

    @Override
    protected SplitReader<ChannelRecord, ChannelSplit> createSplitReader(
            SourceReaderContext context) {
        SourceMetrics metrics = new SourceMetrics(context.metricGroup(), Platform.KICK);
        return new KickSplitReader(
                listener -> KickChatClient.create(options.client(), listener), metrics);
    }
}
