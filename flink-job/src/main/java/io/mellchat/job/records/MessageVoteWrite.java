package io.mellchat.job.records;

/**
 * A message's vote to store: its row for {@code upvotes} ({@code null} when only the total is
 * written again) and the message's total, counted from the stored rows.
 */
public class MessageVoteWrite {
    public String messageId;

    /** The vote, or null: only the total is written again. */
    public VoteRow vote;

    public MessageVoteWrite() {}

    public static MessageVoteWrite of(String messageId, VoteRow vote) {
        MessageVoteWrite w = new MessageVoteWrite();
        w.messageId = messageId;
        w.vote = vote;
        return w;
    }
}
