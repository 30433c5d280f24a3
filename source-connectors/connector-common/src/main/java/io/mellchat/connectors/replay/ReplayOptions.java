package io.mellchat.connectors.replay;

import java.io.Serializable;
import java.util.Objects;

/**
 * What to replay and how: {@code recording} is a file path or {@code classpath:<resource>}; {@code
 * speed} 1 keeps the original timing, 10 plays ten times faster, {@link #MAX_SPEED} as fast as
 * possible; {@code loop} starts again at the end (ids made unique per loop).
 */
public record ReplayOptions(String recording, double speed, boolean loop) implements Serializable {
    public static final double MAX_SPEED = Double.POSITIVE_INFINITY;

    /** The recording bundled with MellChat: a few minutes of Twitch, YouTube and Kick chat. */
    public static final String BUNDLED =
            "classpath:io/mellchat/connectors/replay/demo-recording.jsonl";

    public ReplayOptions {
        Objects.requireNonNull(recording, "recording");
        if (!(speed > 0)) {
            throw new IllegalArgumentException(
                    "replay speed must be positive (or 'max'): " + speed);
        }
    }

    /** Parses a speed: a positive number, or {@code max}. */
    public static double parseSpeed(String text) {
        if ("max".equalsIgnoreCase(text.trim())) {
            return MAX_SPEED;
        }
        try {
            double v = Double.parseDouble(text.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(
                "invalid replay speed '" + text + "': a positive number (1 = real time) or 'max'");
    }
}
