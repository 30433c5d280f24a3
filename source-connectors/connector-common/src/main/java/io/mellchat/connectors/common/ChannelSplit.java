package io.mellchat.connectors.common;

import io.mellchat.model.ChannelSpec;
import java.util.Objects;
import org.apache.flink.api.connector.source.SourceSplit;

/**
 * One channel subscription: which channel (with its stream and lookup hint) and how far the source
 * has read it. Immutable; progress lives in {@link ChannelSplitState} while the split is read.
 *
 * <p>{@code position} is opaque to the framework: each platform stores what it needs to resume (a
 * YouTube continuation token, for example), or nothing ({@code ""}) for push protocols that cannot
 * resume.
 */
public final class ChannelSplit implements SourceSplit {
    private final ChannelSpec spec;
    private final String position;

    public ChannelSplit(ChannelSpec spec, String position) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.position = position == null ? "" : position;
    }

    public static ChannelSplit of(ChannelSpec spec) {
        return new ChannelSplit(spec, "");
    }

    /** {@code platform:channel}, stable across restarts. */
    @Override
    public String splitId() {
        return spec.ref().key();
    }

    public ChannelSpec spec() {
        return spec;
    }

    public String position() {
        return position;
    }

    public ChannelSplit withPosition(String newPosition) {
        return new ChannelSplit(spec, newPosition);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelSplit
                && ((ChannelSplit) o).spec.equals(spec)
                && ((ChannelSplit) o).position.equals(position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, position);
    }

    @Override
    public String toString() {
        return "ChannelSplit[" + splitId() + ", stream=" + spec.stream() + "]";
    }
}
