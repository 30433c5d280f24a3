package io.mellchat.serving.auth;

/**
 * An authenticated caller: the token's subject and role, and how it authenticated ({@code jwt} or
 * {@code key}). {@link #actor()} is what user actions record as their actor, e.g. {@code
 * viewer:6f1c…} or {@code moderator:alice}.
 */
public record Principal(String subject, Role role, String via) {
    public String actor() {
        return role.id() + ":" + subject;
    }
}
