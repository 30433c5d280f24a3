package io.mellchat.connectors.twitch.client;

/** A line that is not IRC. Counted and skipped by the client; never fatal. */
public final class MalformedLineException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int SAMPLE_CHARS = 200;

    private final String reason;

    public MalformedLineException(String reason, String line) {
        super(reason + ": " + sample(line));
        this.reason = reason;
    }

    /** What is wrong, without the line. */
    public String reason() {
        return reason;
    }

    /** The start of a line, for logs: at most 200 characters. */
    public static String sample(String line) {
        return line.length() <= SAMPLE_CHARS
                ? line
                : line.substring(0, SAMPLE_CHARS) + "…(" + line.length() + " chars)";
    }
}
