package io.mellchat.connectors.kick.client;

/**
 * The {@code reason} labels of {@code mellchat_source_skipped_total} used by the Kick source. A
 * fixed, small set, so that hostile input cannot grow the metric's label space.
 */
public final class SkipReasons {
    /** A frame larger than the configured limit (64 KB by default). */
    public static final String OVERSIZE = "oversize";

    /** A frame or its {@code data} that is not JSON. */
    public static final String INVALID_JSON = "invalid_json";

    /** A known event without the fields it needs. */
    public static final String BAD_EVENT = "bad_event";

    /** An event name we do not know. */
    public static final String UNKNOWN_EVENT = "unknown_event";

    /** A known event that MellChat does not model (polls, pins, unbans, settings…). */
    public static final String NOT_MODELLED = "not_modelled";

    /** A message id seen before (re-delivery after a reconnect, or on two Pusher channels). */
    public static final String DUPLICATE = "duplicate";

    /** A frame for a Pusher channel that no subscribed Kick channel owns. */
    public static final String UNKNOWN_CHANNEL = "unknown_channel";

    /** A Pusher protocol frame we do not act on, or a {@code pusher:error} without a code. */
    public static final String PROTOCOL = "protocol";

    private SkipReasons() {}
}
