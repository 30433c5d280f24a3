package io.mellchat.connectors.youtube.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorCodecTest {
    private final ChatCursor cursor =
            new ChatCursor(
                    ChatCursor.API,
                    ChatCursor.Phase.POLL,
                    "dQw4w9WgXcQ",
                    "UCowner",
                    "Cg0chat",
                    "GOtoken\"with/quote",
                    "",
                    "",
                    "",
                    5_000,
                    1_700_000_000_000_000L,
                    "",
                    "2024-06-01",
                    125);

    @Test
    void roundTripsEveryField() {
        assertThat(CursorCodec.decode(CursorCodec.encode(cursor))).isEqualTo(cursor);
        ChatCursor web = ChatCursor.start(ChatCursor.WEB, "@lofi").withClient("k", "2.2024", "vd");
        assertThat(CursorCodec.decode(CursorCodec.encode(web))).isEqualTo(web);
    }

    @Test
    void positionsWithinAPageNameTheLastEmittedItem() {
        CursorCodec page = CursorCodec.forPage(cursor);
        String p = page.afterItem("LCC.\"odd\\id");
        assertThat(CursorCodec.decode(p)).isEqualTo(cursor.withAfter("LCC.\"odd\\id"));
        assertThat(CursorCodec.decode(page.afterItem("x")).token()).isEqualTo(cursor.token());
    }

    @Test
    void refusesForeignOrNewerPositions() {
        assertThatThrownBy(() -> CursorCodec.decode("GOtoken"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CursorCodec.decode("{\"v\":99}")).hasMessageContaining("version");
    }

    @Test
    void startsVideosDirectlyAndResolvesHandlesAndChannelIds() {
        assertThat(ChatCursor.start(ChatCursor.API, "dQw4w9WgXcQ").phase())
                .isEqualTo(ChatCursor.Phase.START);
        assertThat(ChatCursor.start(ChatCursor.API, "@LofiGirl").phase())
                .isEqualTo(ChatCursor.Phase.RESOLVE);
        ChatCursor byId = ChatCursor.start(ChatCursor.API, "UCSJ4gkVC6NrvII8umztf0Ow");
        assertThat(byId.phase()).isEqualTo(ChatCursor.Phase.RESOLVE);
        assertThat(byId.owner()).isEqualTo("UCSJ4gkVC6NrvII8umztf0Ow");
    }
}
