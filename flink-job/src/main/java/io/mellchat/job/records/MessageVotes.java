package io.mellchat.job.records;

/** A message's absolute vote total and trending count, written to {@code messages.upvotes}. */
public class MessageVotes {
    public String messageId;
    public String stream;
    public String platform;
    public String channel;
    public int upvotes;
    public int trending;

    public MessageVotes() {}
}
