package io.mellchat.job.records;

/**
 * Counted things for the windowed statistics of one channel: a chat message (with its category) or
 * an upvote, or — after {@link io.mellchat.job.functions.StatsCombiner} — the partial counts of
 * many of them from the same stretch of event time.
 */
public class StatsEvent {
    public String stream;
    public String platform;
    public String channel;

    /** The latest event time counted. */
    public long atMillis;

    public StatsAccumulator counts = new StatsAccumulator();

    public StatsEvent() {}

    /** One message of {@code who} (a user key) in {@code category}. */
    public static StatsEvent message(
            String stream, String platform, String channel, String who, String category, long at) {
        StatsEvent e = of(stream, platform, channel, at);
        e.counts.addMessage(who, category);
        return e;
    }

    /** One upvote (by {@code voter}, who is not counted as a chatter). */
    public static StatsEvent upvote(
            String stream, String platform, String channel, String voter, long at) {
        StatsEvent e = of(stream, platform, channel, at);
        e.counts.upvotes = 1;
        return e;
    }

    private static StatsEvent of(String stream, String platform, String channel, long at) {
        StatsEvent e = new StatsEvent();
        e.stream = stream;
        e.platform = platform;
        e.channel = channel;
        e.atMillis = at;
        return e;
    }

    /** Counts {@code other} (of the same channel) in this one. */
    public void add(StatsEvent other) {
        counts.merge(other.counts);
        atMillis = Math.max(atMillis, other.atMillis);
    }
}
