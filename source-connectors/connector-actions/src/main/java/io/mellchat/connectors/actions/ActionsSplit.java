package io.mellchat.connectors.actions;

import org.apache.flink.api.connector.source.SourceSplit;

/**
 * The actions stream and the id of the last entry the job has taken from it ({@code 0-0}: none).
 */
public record ActionsSplit(String streamKey, String lastId) implements SourceSplit {
    public static final String BEGINNING = "0-0";

    @Override
    public String splitId() {
        return "actions:" + streamKey;
    }
}
