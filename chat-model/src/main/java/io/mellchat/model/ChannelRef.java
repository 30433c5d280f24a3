package io.mellchat.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A channel on one platform: {@code twitch:<login>}, {@code kick:<slug>}, {@code youtube:<videoId>}
 * or {@code youtube:@handle}. Names are normalised as PRODUCT.md says: Twitch logins and Kick slugs
 * lower case, YouTube names exactly as configured.
 */
public record ChannelRef(Platform platform, String channel) implements java.io.Serializable {

    private static final Pattern TWITCH_LOGIN = Pattern.compile("[a-z0-9_]{1,50}");
    private static final Pattern KICK_SLUG = Pattern.compile("[a-z0-9_-]{1,100}");

    /** Replayed recordings use channels named {@code replay-…} on every platform. */
    public static final String REPLAY_PREFIX = "replay-";

    private static final Pattern REPLAY_NAME = Pattern.compile("replay-[A-Za-z0-9_-]{1,93}");
    private static final Pattern YOUTUBE_NAME =
            Pattern.compile("@[A-Za-z0-9._-]{1,99}|[A-Za-z0-9_-]{11}|UC[A-Za-z0-9_-]{22}");

    public ChannelRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channel, "channel");
        if (channel.isEmpty()) {
            throw new IllegalArgumentException("channel name is empty");
        }
    }

    /** True for the channels of a replayed recording, which no platform source connects. */
    public boolean isReplay() {
        return channel.startsWith(REPLAY_PREFIX);
    }

    /** {@code platform:channel}, the key used in Redis channel names and split ids. */
    public String key() {
        return platform.id() + ":" + channel;
    }

    @Override
    public String toString() {
        return key();
    }

    /**
     * Parses and validates what a user typed: {@code PLATFORM:NAME}, where a Kick name may carry a
     * {@code #chatroomId} lookup hint (see {@link ChannelSpec#parse}).
     */
    public static ChannelRef parse(String text) {
        return ChannelSpec.parse(text, ChannelSpec.DEFAULT_STREAM).ref();
    }

    /**
     * Validates and normalises a channel name for a platform.
     *
     * @throws IllegalArgumentException saying what a valid name looks like
     */
    public static ChannelRef of(Platform platform, String name) {
        String n = name == null ? "" : name.trim();
        if (REPLAY_NAME.matcher(n).matches()) {
            return new ChannelRef(
                    platform, platform == Platform.YOUTUBE ? n : n.toLowerCase(Locale.ROOT));
        }
        switch (platform) {
            case TWITCH:
                n = n.startsWith("#") ? n.substring(1) : n;
                n = n.toLowerCase(Locale.ROOT);
                if (!TWITCH_LOGIN.matcher(n).matches()) {
                    throw new IllegalArgumentException(
                            "invalid Twitch login '" + name + "': letters, digits and _ only");
                }
                break;
            case KICK:
                n = n.toLowerCase(Locale.ROOT);
                if (!KICK_SLUG.matcher(n).matches()) {
                    throw new IllegalArgumentException(
                            "invalid Kick slug '" + name + "': letters, digits, - and _ only");
                }
                break;
            case YOUTUBE:
                if (!YOUTUBE_NAME.matcher(n).matches()) {
                    throw new IllegalArgumentException(
                            "invalid YouTube channel '"
                                    + name
                                    + "': give an 11-character video id, an @handle or a UC… channel id");
                }
                break;
            default:
                throw new IllegalStateException("unhandled platform " + platform);
        }
        return new ChannelRef(platform, n);
    }
}
