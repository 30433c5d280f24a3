package io.mellchat.connectors.twitch.client;

/**
 * Why an input was skipped: the {@code reason} label of {@code mellchat_source_skipped_total}.
 * Stable values; dashboards use them.
 */
public final class SkipReasons {

    /** Not an IRC line. */
    public static final String MALFORMED_LINE = "malformed_line";

    /** Over the configured line limit (64 KB by default). */
    public static final String LINE_TOO_LONG = "line_too_long";

    /** An IRC command MellChat does not model (e.g. HOSTTARGET, WHISPER). */
    public static final String UNHANDLED_COMMAND = "unhandled_command";

    /** A known command without the parts it needs (e.g. CLEARMSG without target-msg-id). */
    public static final String INCOMPLETE_EVENT = "incomplete_event";

    /** A message delivered again (same id); Twitch may resend. */
    public static final String DUPLICATE = "duplicate";

    /** A Shared Chat copy of a message already delivered from another channel (same source-id). */
    public static final String SHARED_CHAT_DUPLICATE = "shared_chat_duplicate";

    /** A NOTICE that changes nothing MellChat shows (mode changes are reported by ROOMSTATE). */
    public static final String NOTICE = "notice";

    private SkipReasons() {}
}
