package io.mellchat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChannelSpecTest {

    @Test
    void twitchLoginsAreLowerCasedAndLoseTheHash() {
        assertThat(ChannelRef.parse("twitch:#Shroud").key()).isEqualTo("twitch:shroud");
        assertThat(ChannelRef.parse("TWITCH:forsen").key()).isEqualTo("twitch:forsen");
    }

    @Test
    void kickChatroomIdIsAHintNotPartOfTheName() {
        ChannelSpec spec = ChannelSpec.parse("kick:XQC#668", "show");
        assertThat(spec.ref().key()).isEqualTo("kick:xqc");
        assertThat(spec.hint()).contains("668");
        assertThat(spec.stream()).isEqualTo("show");
        assertThat(ChannelSpec.parse("kick:xqc", "default").hint()).isEmpty();
    }

    @Test
    void youtubeNamesAreKeptExactly() {
        assertThat(ChannelRef.parse("youtube:@LofiGirl").channel()).isEqualTo("@LofiGirl");
        assertThat(ChannelRef.parse("youtube:jfKfPfyJRdk").channel()).isEqualTo("jfKfPfyJRdk");
        assertThat(ChannelRef.parse("youtube:UCSJ4gkVC6NrvII8umztf0Ow").channel())
                .isEqualTo("UCSJ4gkVC6NrvII8umztf0Ow");
    }

    @Test
    void everyValidNameFitsTheChannelColumns() {
        // channels.channel and messages.channel are varchar(100)
        String handle = "@" + "a".repeat(99);
        assertThat(ChannelRef.parse("youtube:" + handle).channel()).hasSize(100);
        assertThatThrownBy(() -> ChannelRef.parse("youtube:@" + "a".repeat(100)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ChannelRef.parse("kick:" + "k".repeat(100)).channel()).hasSize(100);
        assertThatThrownBy(() -> ChannelRef.parse("kick:" + "k".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ChannelRef.parse("twitch:replay-" + "r".repeat(93)).channel()).hasSize(100);
        assertThatThrownBy(() -> ChannelRef.parse("twitch:replay-" + "r".repeat(94)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replayChannelsAreValidOnEveryPlatform() {
        assertThat(ChannelRef.parse("twitch:replay-streamer").isReplay()).isTrue();
        assertThat(ChannelRef.parse("kick:Replay-X".toLowerCase()).key())
                .isEqualTo("kick:replay-x");
        assertThat(ChannelRef.parse("youtube:replay-streamer").channel())
                .isEqualTo("replay-streamer");
        assertThat(ChannelRef.parse("twitch:forsen").isReplay()).isFalse();
    }

    @Test
    void badNamesAreRejectedWithAHint() {
        assertThatThrownBy(() -> ChannelRef.parse("shroud"))
                .hasMessageContaining("expected PLATFORM:NAME");
        assertThatThrownBy(() -> ChannelRef.parse("twitch:sh roud"))
                .hasMessageContaining("invalid Twitch login");
        assertThatThrownBy(() -> ChannelRef.parse("youtube:short"))
                .hasMessageContaining("invalid YouTube channel");
        assertThatThrownBy(() -> ChannelRef.parse("kick:xqc#abc"))
                .hasMessageContaining("digits only");
        assertThatThrownBy(() -> ChannelRef.parse("irc:foo"))
                .hasMessageContaining("unknown platform");
        assertThatThrownBy(() -> ChannelSpec.parse("twitch:a", "bad stream!"))
                .hasMessageContaining("invalid stream name");
    }
}
