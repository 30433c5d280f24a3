package io.mellchat.connectors.youtube.client;

/**
 * Where skipped input is counted (in the source: {@code SourceMetrics#skipped}, which also logs the
 * first one of each reason).
 */
@FunctionalInterface
public interface SkipCounter {
    /**
     * @param reason a short metric label, e.g. {@code unknown_renderer}
     * @param context what was skipped, for the log
     */
    void skipped(String reason, String context);

    SkipCounter NONE = (reason, context) -> {};
}
