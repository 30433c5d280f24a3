package io.mellchat.connectors.kick.client;

/** A frame or its {@code data} is not the JSON the Pusher protocol promises. */
public final class InvalidFrameException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidFrameException(String message) {
        super(message);
    }

    public InvalidFrameException(String message, Throwable cause) {
        super(message, cause);
    }
}
