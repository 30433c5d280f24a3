package io.mellchat.job.records;

import java.util.Objects;

/**
 * Hides stored messages of a channel sent up to a time: one user's ({@code userId} or, if the
 * platform gave none, {@code username}) after a ban or timeout, everyone's after a chat clear (both
 * empty). Covers messages older than the job's per-channel memory; recent ones are flagged one by
 * one. Or, with {@code platformMessageId} set, one message the job no longer remembers.
 */
public class RangeDeletion {
    public String platform;
    public String channel;
    public String userId = "";
    public String username = "";
    public String platformMessageId = "";

    /** Set to hide one message by its MellChat id (a moderator's hide). */
    public String messageId = "";

    public long untilEpochMillis;

    public RangeDeletion() {}

    public static RangeDeletion ofUser(
            String platform, String channel, String userId, String username, long until) {
        RangeDeletion d = new RangeDeletion();
        d.platform = platform;
        d.channel = channel;
        d.userId = userId;
        d.username = userId.isEmpty() ? username : "";
        d.untilEpochMillis = until;
        return d;
    }

    public static RangeDeletion ofChannel(String platform, String channel, long until) {
        return ofUser(platform, channel, "", "", until);
    }

    public static RangeDeletion ofMessage(
            String platform, String channel, String platformMessageId) {
        RangeDeletion d = ofUser(platform, channel, "", "", Long.MAX_VALUE);
        d.platformMessageId = platformMessageId;
        return d;
    }

    public static RangeDeletion ofId(String platform, String channel, String messageId) {
        RangeDeletion d = ofUser(platform, channel, "", "", Long.MAX_VALUE);
        d.messageId = messageId;
        return d;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RangeDeletion)) {
            return false;
        }
        RangeDeletion d = (RangeDeletion) o;
        return untilEpochMillis == d.untilEpochMillis
                && Objects.equals(platform, d.platform)
                && Objects.equals(channel, d.channel)
                && Objects.equals(userId, d.userId)
                && Objects.equals(username, d.username)
                && Objects.equals(platformMessageId, d.platformMessageId)
                && Objects.equals(messageId, d.messageId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                platform, channel, userId, username, platformMessageId, untilEpochMillis);
    }

    @Override
    public String toString() {
        return "RangeDeletion["
                + platform
                + ":"
                + channel
                + " user="
                + userId
                + "/"
                + username
                + " msg="
                + platformMessageId
                + " until="
                + untilEpochMillis
                + "]";
    }
}
