package io.mellchat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameUuidsTest {
    @Test
    void theSameIdsAsTheJdksNameBasedUuids() {
        for (String name :
                new String[] {
                    "",
                    "message:twitch:pajlada:885196de-cb67-427a-baa8-82f9b0fcd05f",
                    "question:ß日本語🙂",
                    "x".repeat(10_000)
                }) {
            assertThat(NameUuids.of(name))
                    .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(NameUuids.of("a").version()).isEqualTo(3);
    }
}
