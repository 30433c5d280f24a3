package io.mellchat.job.records;

/** A counted thing for the windowed statistics: a chat message (with its category) or an upvote. */
public class StatsEvent {
    public String stream;
    public String platform;
    public String channel;

    /** Who (a user key for messages, the voter for votes). */
    public String who;

    /** A category for messages; empty for votes. */
    public String category;

    public boolean upvote;
    public long atMillis;

    public StatsEvent() {}

    public static StatsEvent message(
            String stream, String platform, String channel, String who, String category, long at) {
        StatsEvent e = new StatsEvent();
        e.stream = stream;
        e.platform = platform;
        e.channel = channel;
        e.who = who;
        e.category = category;
        e.atMillis = at;
        return e;
    }

    public static StatsEvent upvote(
            String stream, String platform, String channel, String voter, long at) {
        StatsEvent e = message(stream, platform, channel, voter, "", at);
        e.upvote = true;
        return e;
    }
}
