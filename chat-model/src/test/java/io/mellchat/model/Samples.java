package io.mellchat.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Model instances with every field set, for round-trip tests. */
final class Samples {
    static final Instant T = Instant.parse("2024-05-04T18:22:05.123456789Z");

    private Samples() {}

    static ChatMessage fullMessage() {
        return ChatMessage.builder().platform(Platform.TWITCH).channel("forsen").stream("show")
                .platformMessageId("b34ccfc7-4977-403a-8a94-33c6bac34fb8")
                .userId("123")
                .username("ronni")
                .displayName("Ronni 🎉")
                .message("Kappa does this work? <b>x</b> \u0000 Привет")
                .timestamp(T)
                .receivedAt(T.plusMillis(40))
                .kind(MessageKind.PAID)
                .action(true)
                .replyTo("parent-1")
                .replyParent(new ReplyParent("9", "dad", "Dad", "hello \\s there"))
                .badges(List.of(Badge.of("subscriber", "12"), new Badge("gifter", "", 5)))
                .color("#1E90FF")
                .emotes(List.of(new Emote("25", "Kappa", 0, 5, "https://e/25")))
                .amount(Amount.of("100", "bits"))
                .meta(Map.of("first_message", "true"))
                .category("question")
                .confidence(0.93)
                .upvotes(4)
                .deleted(true)
                .build();
    }

    static List<ChatEvent> allEvents() {
        return List.of(
                fullMessage(),
                ChatMessage.builder()
                        .platform(Platform.KICK)
                        .channel("xqc")
                        .platformMessageId("m1")
                        .username("u")
                        .message("")
                        .timestamp(T)
                        .build(),
                new MessageDeleted(Platform.YOUTUBE, "@handle", "s", "LCC.abc", "", T),
                new UserBanned(Platform.TWITCH, "forsen", "s", "42", "troll", 600, "spam", T),
                new UserBanned(Platform.KICK, "xqc", "s", "", "troll", 0, "", T),
                new ChatCleared(Platform.TWITCH, "forsen", "s", T),
                new ChannelStatusChanged(
                        Platform.KICK, "xqc", "s", ChannelStatus.ERROR, "why", "replay", T));
    }
}
