package io.mellchat.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A channel as configured: which channel, the stream (show) it belongs to, and an optional lookup
 * hint (a Kick chatroom id given as {@code kick:<slug>#<chatroomId>}; not part of the name).
 */
public record ChannelSpec(ChannelRef ref, String stream, String lookupHint)
        implements java.io.Serializable {

    public static final String DEFAULT_STREAM = "default";
    private static final Pattern STREAM_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    public ChannelSpec {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(lookupHint, "lookupHint");
    }

    public Optional<String> hint() {
        return lookupHint.isEmpty() ? Optional.empty() : Optional.of(lookupHint);
    }

    /** Validates a stream name: letters, digits, {@code . _ -}, at most 100 characters. */
    public static String validStream(String stream) {
        if (stream == null || !STREAM_NAME.matcher(stream).matches()) {
            throw new IllegalArgumentException(
                    "invalid stream name '" + stream + "': letters, digits, '.', '_' and '-' only");
        }
        return stream;
    }

    /**
     * Parses {@code PLATFORM:NAME}, e.g. {@code twitch:shroud}, {@code kick:xqc#668}, {@code
     * youtube:@LofiGirl}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static ChannelSpec parse(String text, String stream) {
        if (text == null) {
            throw new IllegalArgumentException("channel is missing: expected PLATFORM:NAME");
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException(
                    "invalid channel '"
                            + text
                            + "': expected PLATFORM:NAME, e.g. twitch:shroud, kick:xqc, youtube:@handle");
        }
        Platform platform = Platform.of(text.substring(0, colon).trim());
        String name = text.substring(colon + 1).trim();
        String hint = "";
        if (platform == Platform.KICK) {
            int hash = name.indexOf('#');
            if (hash >= 0) {
                hint = name.substring(hash + 1);
                name = name.substring(0, hash);
                if (!DIGITS.matcher(hint).matches()) {
                    throw new IllegalArgumentException(
                            "invalid Kick chatroom id '"
                                    + hint
                                    + "' in '"
                                    + text
                                    + "': digits only");
                }
            }
        }
        return new ChannelSpec(ChannelRef.of(platform, name), validStream(stream), hint);
    }
}
