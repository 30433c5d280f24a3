package io.mellchat.classifier;

/** The classifier could not be loaded or trained; the message says what to fix. */
public class ClassifierException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClassifierException(String message) {
        super(message);
    }

    public ClassifierException(String message, Throwable cause) {
        super(message, cause);
    }
}
