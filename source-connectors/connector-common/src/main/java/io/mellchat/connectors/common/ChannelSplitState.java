package io.mellchat.connectors.common;

/** The mutable progress of a split while it is read; turned back into a split at checkpoints. */
public final class ChannelSplitState {
    private final ChannelSplit split;
    private String position;

    public ChannelSplitState(ChannelSplit split) {
        this.split = split;
        this.position = split.position();
    }

    public ChannelSplit split() {
        return split;
    }

    public String position() {
        return position;
    }

    public void position(String newPosition) {
        this.position = newPosition;
    }

    public ChannelSplit toSplit() {
        return position.equals(split.position()) ? split : split.withPosition(position);
    }
}
