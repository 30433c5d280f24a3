package io.mellchat.connectors.youtube.client;

import java.util.Objects;

/**
 * How far one channel's chat has been read: everything a client needs to go on after a restart.
 * Immutable; a poll returns the next cursor. {@link CursorCodec} turns it into the split's opaque
 * position string.
 *
 * @param mode {@link #API} or {@link #WEB}
 * @param phase what the next poll does
 * @param video the live video being read ("" before resolution)
 * @param owner a handle's channel id once known ("" otherwise)
 * @param chat the Data API {@code liveChatId} ("" in keyless mode)
 * @param token the page token (Data API) or continuation (keyless) of the next page; "" = start
 * @param innertubeKey the keyless API key scraped from the page ("" = none)
 * @param clientVersion the keyless web client version scraped from the page
 * @param visitorData the keyless visitor id scraped from the page
 * @param waitMs the interval YouTube asked for after the last page
 * @param since the newest message time (epoch µs) emitted before the page at {@code token}
 * @param after the id of the last item already emitted from the page at {@code token} ("" = none)
 * @param day the quota day (Pacific date, ISO) that {@code units} belongs to
 * @param units Data API units this channel spent on {@code day}
 */
public record ChatCursor(
        String mode,
        Phase phase,
        String video,
        String owner,
        String chat,
        String token,
        String innertubeKey,
        String clientVersion,
        String visitorData,
        long waitMs,
        long since,
        String after,
        String day,
        long units) {

    public static final String API = "api";
    public static final String WEB = "web";

    /** What the next poll of a channel does. */
    public enum Phase {
        /** Find the live video of a handle or channel id. */
        RESOLVE,
        /** Find the chat of the video (Data API: its liveChatId; keyless: bootstrap the page). */
        START,
        /** Read the next page of chat. */
        POLL,
        /** The chat has ended for good (a video id, not a handle): nothing more to read. */
        ENDED
    }

    public ChatCursor {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(phase, "phase");
        video = nz(video);
        owner = nz(owner);
        chat = nz(chat);
        token = nz(token);
        innertubeKey = nz(innertubeKey);
        clientVersion = nz(clientVersion);
        visitorData = nz(visitorData);
        after = nz(after);
        day = nz(day);
    }

    /**
     * Where a channel starts: a video id is read directly, a handle ({@code @name}) or a channel id
     * ({@code UC…}) is resolved to its live video first.
     */
    public static ChatCursor start(String mode, String channel) {
        boolean video = !isHandle(channel) && !isChannelId(channel);
        return new ChatCursor(
                mode,
                video ? Phase.START : Phase.RESOLVE,
                video ? channel : "",
                isChannelId(channel) ? channel : "",
                "",
                "",
                "",
                "",
                "",
                0,
                0,
                "",
                "",
                0);
    }

    public static boolean isHandle(String channel) {
        return channel.startsWith("@");
    }

    public static boolean isChannelId(String channel) {
        return channel.length() == 24 && channel.startsWith("UC");
    }

    /** True for {@code @handle} and {@code UC…} channels, which follow their next streams. */
    public static boolean followsChannel(String channel) {
        return isHandle(channel) || isChannelId(channel);
    }

    public ChatCursor withPhase(Phase p) {
        return new ChatCursor(
                mode,
                p,
                video,
                owner,
                chat,
                token,
                innertubeKey,
                clientVersion,
                visitorData,
                waitMs,
                since,
                after,
                day,
                units);
    }

    /** Back to resolving (a handle whose stream ended), forgetting the old video's chat. */
    public ChatCursor toResolve() {
        return new ChatCursor(
                mode,
                Phase.RESOLVE,
                "",
                owner,
                "",
                "",
                innertubeKey,
                clientVersion,
                visitorData,
                0,
                since,
                "",
                day,
                units);
    }

    /** A video to read, from its start. */
    public ChatCursor withVideo(String v) {
        return new ChatCursor(
                mode,
                Phase.START,
                v,
                owner,
                "",
                "",
                innertubeKey,
                clientVersion,
                visitorData,
                0,
                since,
                "",
                day,
                units);
    }

    public ChatCursor withOwner(String channelId) {
        return new ChatCursor(
                mode,
                phase,
                video,
                channelId,
                chat,
                token,
                innertubeKey,
                clientVersion,
                visitorData,
                waitMs,
                since,
                after,
                day,
                units);
    }

    public ChatCursor withChat(String liveChatId) {
        return new ChatCursor(
                mode,
                Phase.POLL,
                video,
                owner,
                liveChatId,
                "",
                innertubeKey,
                clientVersion,
                visitorData,
                waitMs,
                since,
                "",
                day,
                units);
    }

    public ChatCursor withClient(String key, String version, String visitor) {
        return new ChatCursor(
                mode, phase, video, owner, chat, token, key, version, visitor, waitMs, since, after,
                day, units);
    }

    /** The next page: a new token, nothing of it emitted yet. */
    public ChatCursor nextPage(String nextToken, long wait, long newSince) {
        return new ChatCursor(
                mode,
                Phase.POLL,
                video,
                owner,
                chat,
                nextToken,
                innertubeKey,
                clientVersion,
                visitorData,
                wait,
                Math.max(since, newSince),
                "",
                day,
                units);
    }

    /** The same cursor with the interval YouTube asked for last. */
    public ChatCursor withWaitMs(long wait) {
        return new ChatCursor(
                mode,
                phase,
                video,
                owner,
                chat,
                token,
                innertubeKey,
                clientVersion,
                visitorData,
                wait,
                since,
                after,
                day,
                units);
    }

    /** The same page, with the items up to {@code itemId} already emitted. */
    public ChatCursor withAfter(String itemId) {
        return new ChatCursor(
                mode,
                phase,
                video,
                owner,
                chat,
                token,
                innertubeKey,
                clientVersion,
                visitorData,
                waitMs,
                since,
                itemId,
                day,
                units);
    }

    public ChatCursor withUnits(String quotaDay, long spent) {
        return new ChatCursor(
                mode,
                phase,
                video,
                owner,
                chat,
                token,
                innertubeKey,
                clientVersion,
                visitorData,
                waitMs,
                since,
                after,
                quotaDay,
                spent);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
