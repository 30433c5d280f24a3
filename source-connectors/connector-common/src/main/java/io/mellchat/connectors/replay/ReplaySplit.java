package io.mellchat.connectors.replay;

import org.apache.flink.api.connector.source.SourceSplit;

/**
 * The replay of one recording, and how far it got: the loop number, the next line to emit, and when
 * the current loop started (epoch ms, 0 before the first line), so that a restored replay emits the
 * same events with the same ids and times.
 */
public record ReplaySplit(String recording, int loop, long nextLine, long loopStartMillis)
        implements SourceSplit {
    @Override
    public String splitId() {
        return "replay:" + recording;
    }
}
