package io.mellchat.connectors.youtube;

/** The YouTube source's configuration is invalid; the message names the variable to fix. */
public final class YouTubeConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public YouTubeConfigException(String message) {
        super(message);
    }

    public YouTubeConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
