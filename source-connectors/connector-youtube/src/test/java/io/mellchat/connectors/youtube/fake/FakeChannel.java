package io.mellchat.connectors.youtube.fake;

/**
 * A YouTube channel of the fake, known by its handle and its channel id, live with one video at a
 * time (or not live).
 */
public final class FakeChannel {
    private final String handle;
    private final String channelId;
    private final FakeYouTubeServer server;
    private FakeLiveVideo live;

    FakeChannel(String handle, String channelId, FakeYouTubeServer server) {
        this.handle = handle;
        this.channelId = channelId;
        this.server = server;
    }

    public String handle() {
        return handle;
    }

    public String channelId() {
        return channelId;
    }

    /** Starts a new live stream; its video is returned. */
    public synchronized FakeLiveVideo goLive(String videoId) {
        live = server.liveVideo(videoId);
        return live;
    }

    /** Ends the current stream (if any); the channel is not live afterwards. */
    public synchronized void endStream() {
        if (live != null) {
            live.end();
            live = null;
        }
    }

    /** The video that is live now, or null. */
    synchronized FakeLiveVideo live() {
        return live == null || live.ended() ? null : live;
    }
}
