package io.mellchat.job.records;

/**
 * A question of a stream as the job keeps it: PRODUCT.md's Question plus what merging and ranking
 * need (a MinHash signature of its text, the askers counted, the trending window). Also the row the
 * job writes to {@code questions} and the data of its frames.
 */
public class QuestionState {
    public String id;
    public String messageId;
    public String stream;
    public String platform;
    public String channel;
    public String userId;
    public String username;
    public String displayName;
    public String question;
    public long timestampMillis;
    public boolean answered;

    /** 0 when not answered. */
    public long answeredAtMillis;

    public int upvotes;
    public int asks;
    public int trending;
    public boolean deleted;

    /** {@code platform:channel} of every channel where it was asked, first one first. */
    public String[] sources;

    /** User keys of the people who asked (at most {@link #MAX_ASKERS} remembered). */
    public String[] askers;

    public int[] signature;
    public TrendingWindow window;

    /** When the job last changed it (processing time), for expiry. */
    public long updatedMillis;

    public static final int MAX_ASKERS = 64;

    public QuestionState() {}

    /** Ranking used by serving's {@code sort=top}: votes and asks count alike. */
    public double score() {
        return upvotes + asks;
    }

    public boolean open() {
        return !answered && !deleted;
    }

    public String channelKey() {
        return platform + ":" + channel;
    }
}
