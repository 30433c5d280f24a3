package io.mellchat.job.records;

/**
 * One stats window of a channel or (platform and channel {@code *}) of a whole stream, as written
 * to {@code stats} and published; {@code categoriesJson} is the per-category counts as a JSON
 * object.
 */
public class StatsRow {
    public static final String ALL = "*";

    public String stream;
    public String platform;
    public String channel;
    public long windowStart;
    public long windowEnd;
    public int messages;
    public int questions;
    public int uniqueChatters;
    public int upvotes;
    public String categoriesJson;

    public StatsRow() {}

    public boolean streamLevel() {
        return ALL.equals(platform);
    }
}
