package io.mellchat.connectors.kick.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.Emote;
import org.junit.jupiter.api.Test;

class EmoteTokensTest {

    @Test
    void replacesTokensByNamesWithUtf16Ranges() {
        EmoteTokens.Cleaned c = EmoteTokens.clean("hi [emote:37225:KEKLEO] and [emote:1:Ab]!");

        assertThat(c.text()).isEqualTo("hi KEKLEO and Ab!");
        assertThat(c.emotes())
                .containsExactly(
                        new Emote(
                                "37225",
                                "KEKLEO",
                                3,
                                9,
                                "https://files.kick.com/emotes/37225/fullsize"),
                        new Emote("1", "Ab", 14, 16, "https://files.kick.com/emotes/1/fullsize"));
        for (Emote e : c.emotes()) {
            assertThat(c.text().substring(e.start(), e.end())).isEqualTo(e.name());
        }
    }

    @Test
    void leavesTextWithoutTokensUntouched() {
        String text = "no emotes [here] [emote] [emote:]";
        EmoteTokens.Cleaned c = EmoteTokens.clean(text);
        assertThat(c.text()).isEqualTo(text);
        assertThat(c.emotes()).isEmpty();
    }

    @Test
    void countsSurrogatePairsAsTwoUnitsAroundAdjacentEmotes() {
        EmoteTokens.Cleaned c = EmoteTokens.clean("😀[emote:5:Pog][emote:6:KEK]🎉x");

        assertThat(c.text()).isEqualTo("😀PogKEK🎉x");
        assertThat(c.emotes()).extracting(Emote::start).containsExactly(2, 5);
        assertThat(c.emotes()).extracting(Emote::end).containsExactly(5, 8);
        assertThat(c.text().substring(8)).isEqualTo("🎉x");
    }

    @Test
    void keepsMalformedTokensAsTyped() {
        String text =
                "[emote:abc:X] [emote:1:] [emote::X] [emote:1:X [emote:12345678901234567890:Y]";
        EmoteTokens.Cleaned c = EmoteTokens.clean(text);

        assertThat(c.text()).isEqualTo(text);
        assertThat(c.emotes()).isEmpty();
    }

    @Test
    void aBracketInsideANameStartsOver() {
        EmoteTokens.Cleaned c = EmoteTokens.clean("[emote:1:[emote:2:Y]");

        assertThat(c.text()).isEqualTo("[emote:1:Y");
        assertThat(c.emotes()).containsExactly(new Emote("2", "Y", 9, 10, EmoteTokens.url("2")));
    }

    @Test
    void tokenAtTheVeryEndAndStart() {
        EmoteTokens.Cleaned c = EmoteTokens.clean("[emote:9:A]");
        assertThat(c.text()).isEqualTo("A");
        assertThat(c.emotes())
                .extracting(Emote::start, Emote::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
    }
}
