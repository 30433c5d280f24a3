package io.mellchat.connectors.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChannelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelSplitSerializerTest {

    @Test
    void splitRoundTripsWithItsPosition() throws Exception {
        ChannelSplit split =
                new ChannelSplit(ChannelSpec.parse("kick:xqc#668", "show"), "token-ÿ-\u0000");
        byte[] bytes = ChannelSplitSerializer.INSTANCE.serialize(split);
        ChannelSplit back =
                ChannelSplitSerializer.INSTANCE.deserialize(
                        ChannelSplitSerializer.INSTANCE.getVersion(), bytes);
        assertThat(back).isEqualTo(split);
        assertThat(back.splitId()).isEqualTo("kick:xqc");
        assertThat(back.spec().hint()).contains("668");
    }

    @Test
    void enumeratorStateRoundTrips() throws Exception {
        ChannelEnumeratorState state =
                new ChannelEnumeratorState(
                        List.of(ChannelSplit.of(ChannelSpec.parse("twitch:a", "default"))),
                        List.of(
                                ChannelSplit.of(ChannelSpec.parse("youtube:@b", "s")),
                                new ChannelSplit(ChannelSpec.parse("kick:c", "s"), "p")));
        ChannelEnumeratorStateSerializer s = ChannelEnumeratorStateSerializer.INSTANCE;
        assertThat(s.deserialize(s.getVersion(), s.serialize(state))).isEqualTo(state);
    }

    @Test
    void splitStateTurnsBackIntoASplitWithTheNewPosition() {
        ChannelSplit split = ChannelSplit.of(ChannelSpec.parse("youtube:@b", "s"));
        ChannelSplitState state = new ChannelSplitState(split);
        assertThat(state.toSplit()).isSameAs(split);
        state.position("next-page");
        assertThat(state.toSplit().position()).isEqualTo("next-page");
        assertThat(state.toSplit().spec()).isEqualTo(split.spec());
    }
}
