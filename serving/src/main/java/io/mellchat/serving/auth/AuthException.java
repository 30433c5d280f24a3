package io.mellchat.serving.auth;

/** A bearer token that is malformed, badly signed, expired or revoked; the message says which. */
public class AuthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthException(String message) {
        super(message, null, false, false);
    }
}
