package io.mellchat.connectors.replay;

/** Mutable position of a replay while it is read. */
final class ReplaySplitState {
    private final String recording;
    private int loop;
    private long nextLine;
    private long loopStartMillis;

    ReplaySplitState(ReplaySplit split) {
        recording = split.recording();
        loop = split.loop();
        nextLine = split.nextLine();
        loopStartMillis = split.loopStartMillis();
    }

    void advance(ReplayRecord r) {
        loop = r.loop();
        nextLine = r.nextLine();
        loopStartMillis = r.loopStartMillis();
    }

    ReplaySplit toSplit() {
        return new ReplaySplit(recording, loop, nextLine, loopStartMillis);
    }
}
