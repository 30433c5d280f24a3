package io.mellchat.job.records;

/** One accepted vote, written to {@code upvotes} (one row per voter and item). */
public class VoteRow {
    public String type;
    public String itemId;
    public String voter;
    public String source;
    public String platform;
    public String channel;
    public String actionId;
    public long atMillis;

    public VoteRow() {}
}
