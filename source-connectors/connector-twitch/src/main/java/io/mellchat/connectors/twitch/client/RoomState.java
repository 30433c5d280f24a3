package io.mellchat.connectors.twitch.client;

/**
 * A channel's chat modes from ROOMSTATE (sent in full on join, then only the changed tag),
 * described for the channel status: e.g. {@code "slow mode 10 s, subscribers only"}; empty when no
 * mode is on.
 */
final class RoomState {

    private boolean emoteOnly;
    private long followersOnlyMinutes = -1;
    private boolean uniqueChat;
    private long slowSeconds;
    private boolean subsOnly;

    /** Applies the tags of a ROOMSTATE line; true when the description changed. */
    boolean update(IrcMessage m) {
        String before = describe();
        if (m.hasTag("emote-only")) {
            emoteOnly = m.tagIs("emote-only", "1");
        }
        if (m.hasTag("followers-only")) {
            followersOnlyMinutes =
                    m.tagIs("followers-only", "-1") ? -1 : m.tagLong("followers-only", -1);
        }
        if (m.hasTag("r9k")) {
            uniqueChat = m.tagIs("r9k", "1");
        }
        if (m.hasTag("slow")) {
            slowSeconds = m.tagLong("slow", 0);
        }
        if (m.hasTag("subs-only")) {
            subsOnly = m.tagIs("subs-only", "1");
        }
        return !before.equals(describe());
    }

    String describe() {
        StringBuilder s = new StringBuilder();
        if (emoteOnly) {
            append(s, "emote-only");
        }
        if (followersOnlyMinutes == 0) {
            append(s, "followers only");
        } else if (followersOnlyMinutes > 0) {
            append(s, "followers only (" + followersOnlyMinutes + " min)");
        }
        if (subsOnly) {
            append(s, "subscribers only");
        }
        if (slowSeconds > 0) {
            append(s, "slow mode " + slowSeconds + " s");
        }
        if (uniqueChat) {
            append(s, "unique chat");
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String part) {
        if (s.length() > 0) {
            s.append(", ");
        }
        s.append(part);
    }
}
