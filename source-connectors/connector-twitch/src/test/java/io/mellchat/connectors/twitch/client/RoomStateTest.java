package io.mellchat.connectors.twitch.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.twitch.fake.TwitchLines;
import org.junit.jupiter.api.Test;

class RoomStateTest {

    @Test
    void describesActiveModesAndAppliesPartialUpdates() {
        RoomState r = new RoomState();
        assertThat(r.update(IrcMessage.parse(TwitchLines.ROOMSTATE_FULL))).isFalse();
        assertThat(r.describe()).isEmpty();
        assertThat(r.update(IrcMessage.parse(TwitchLines.ROOMSTATE_SLOW))).isTrue();
        assertThat(r.describe()).isEqualTo("slow mode 8 s");
        r.update(IrcMessage.parse("@followers-only=10;subs-only=1 :tmi.twitch.tv ROOMSTATE #x"));
        assertThat(r.describe())
                .isEqualTo("followers only (10 min), subscribers only, slow mode 8 s");
        r.update(
                IrcMessage.parse(
                        "@followers-only=-1;slow=0;subs-only=0;emote-only=1 :tmi.twitch.tv ROOMSTATE #x"));
        assertThat(r.describe()).isEqualTo("emote-only");
    }
}
