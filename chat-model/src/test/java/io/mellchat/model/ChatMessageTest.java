package io.mellchat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChatMessageTest {
    private static final UUID EXPLICIT = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private static ChatMessage message() {
        return ChatMessage.builder()
                .platform(Platform.TWITCH)
                .channel("forsen")
                .platformMessageId("m-1")
                .username("ann")
                .message("hi")
                .timestamp(Instant.EPOCH)
                .build();
    }

    @Test
    void theIdIsDerivedFromThePlatformIdentity() {
        assertThat(message().id()).isEqualTo(ChatMessage.idFor(Platform.TWITCH, "forsen", "m-1"));
    }

    @Test
    void aMessageMovedToAnotherIdentityGetsThatIdentitysId() {
        ChatMessage m = message();
        assertThat(m.toBuilder().channel("xqc").build().id())
                .isEqualTo(ChatMessage.idFor(Platform.TWITCH, "xqc", "m-1"));
        assertThat(m.toBuilder().platform(Platform.KICK).build().id())
                .isEqualTo(ChatMessage.idFor(Platform.KICK, "forsen", "m-1"));
        assertThat(m.toBuilder().channel(new ChannelRef(Platform.KICK, "xqc")).build().id())
                .isEqualTo(ChatMessage.idFor(Platform.KICK, "xqc", "m-1"));
        assertThat(m.toBuilder().platformMessageId("m-2").build().id())
                .isEqualTo(ChatMessage.idFor(Platform.TWITCH, "forsen", "m-2"));
    }

    @Test
    void otherChangesKeepTheIdAndAnExplicitIdSetLastIsKept() {
        ChatMessage m = message().toBuilder().platformMessageId("m-1").id(EXPLICIT).build();
        assertThat(m.id()).isEqualTo(EXPLICIT);
        assertThat(m.toBuilder().message("changed").deleted(true).build().id()).isEqualTo(EXPLICIT);
    }
}
