package io.mellchat.model;

import java.util.List;

/** Opens the package-private samples to tests in sub-packages. */
public final class SamplesAccess {
    private SamplesAccess() {}

    public static ChatMessage fullMessage() {
        return Samples.fullMessage();
    }

    public static List<ChatEvent> allEvents() {
        return Samples.allEvents();
    }
}
