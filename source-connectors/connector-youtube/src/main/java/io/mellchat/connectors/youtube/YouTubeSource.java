package io.mellchat.connectors.youtube;

import io.mellchat.connectors.common.ChannelDiscovery;
import io.mellchat.connectors.common.ChannelRecord;
import io.mellchat.connectors.common.ChannelSource;
import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.youtube.client.YouTubeChatApi;
import io.mellchat.connectors.youtube.client.YouTubeClientConfig;
import io.mellchat.connectors.youtube.reader.YouTubeSplitReader;
import io.mellchat.model.Platform;
import java.time.Clock;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;

/**
 * The FLIP-27 source of YouTube live chat: one split per configured channel ({@code
 * youtube:<videoId>}, {@code youtube:@handle} or {@code youtube:UC…}), read by a polling split
 * reader, in Data API mode when a key is configured and keyless otherwise. The split's position is
 * the page token or continuation, so a restart from a checkpoint resumes where it left off.
 *
 * <p>With several parallel readers the daily quota budget is shared out evenly between them.
 */
public final class YouTubeSource extends ChannelSource {
    private static final long serialVersionUID = 1L;

    private final YouTubeSourceOptions options;

    public YouTubeSource(YouTubeSourceOptions options, ChannelDiscovery discovery) {
        super(Platform.YOUTUBE, discovery, options.discoveryInterval());
        this.options = options;
    }

    public YouTubeSourceOptions options() {
        return options;
    }

    @Override
    protected SplitReader<ChannelRecord, ChannelSplit> createSplitReader(
            SourceReaderContext context) {
        SourceMetrics metrics = new SourceMetrics(context.metricGroup(), Platform.YOUTUBE);
        YouTubeClientConfig c = options.client();
        int readers = parallelism(context);
        YouTubeClientConfig mine =
                c.withQuota(Math.max(10, c.quotaBudget() / readers), c.quotaHorizon());
        Clock clock = Clock.systemUTC();
        return new YouTubeSplitReader(
                YouTubeChatApi.create(mine, metrics::skipped, clock), metrics, clock);
    }

    private static int parallelism(SourceReaderContext context) {
        try {
            return Math.max(1, context.currentParallelism());
        } catch (UnsupportedOperationException e) {
            return 1;
        }
    }
}
