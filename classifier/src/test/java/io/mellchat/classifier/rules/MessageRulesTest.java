package io.mellchat.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.classifier.Category;
import io.mellchat.classifier.Classification;
import io.mellchat.classifier.text.MessageScan;
import org.junit.jupiter.api.Test;

class MessageRulesTest {
    private final MessageScan scan = new MessageScan();

    private Category rule(String text) {
        return MessageRules.decide(scan.scan(text)).map(Classification::category).orElse(null);
    }

    @Test
    void leavesOrdinaryLinesToTheModel() {
        assertThat(rule("what game is this")).isNull();
        assertThat(rule("hi what game is this")).isNull();
        assertThat(rule("how are you doing on this boss")).isNull();
        assertThat(rule("как ты монтируешь")).isNull();
    }

    @Test
    void greetingsMayCarryFillerANameOrAPlace() {
        assertThat(rule("hey chat")).isEqualTo(Category.GREETING);
        assertThat(rule("hi mell")).isEqualTo(Category.GREETING);
        assertThat(rule("hello from brazil")).isEqualTo(Category.GREETING);
        assertThat(rule("как дела стример")).isEqualTo(Category.GREETING);
        assertThat(rule("buenas noches a todos")).isEqualTo(Category.GREETING);
        assertThat(rule("tudo bem galera")).isEqualTo(Category.GREETING);
        assertThat(rule("guten abend zusammen")).isEqualTo(Category.GREETING);
        assertThat(rule("hi mell what")).isNull();
    }

    @Test
    void greetingsInChatSlangWithANameAnywhereAfterASalutation() {
        assertThat(rule("heya mell how r u")).isEqualTo(Category.GREETING);
        assertThat(rule("hey que tal mell, como estas")).isEqualTo(Category.GREETING);
        assertThat(rule("bye mell, see u tomorrow")).isEqualTo(Category.GREETING);
        assertThat(rule("hey mell, alles gut?")).isEqualTo(Category.GREETING);
        assertThat(rule("hi mell, how are you?")).isEqualTo(Category.GREETING);
        assertThat(rule("boa noite de porto alegre")).isEqualTo(Category.GREETING);
        assertThat(rule("всем здрасьте из Минска")).isEqualTo(Category.GREETING);
        assertThat(rule("quiubo parce")).isEqualTo(Category.GREETING);
        assertThat(rule("pfiat di")).isEqualTo(Category.GREETING);
        // a question after the greeting, or an unknown word with a '?', is not a greeting
        assertThat(rule("hola de que pais eres?")).isNull();
        assertThat(rule("eae nome da jogo? pfv")).isNull();
        assertThat(rule("hi, zoom?")).isNull();
        assertThat(rule("oi bom dia, zoom?")).isNull();
        assertThat(rule("привет как ты монтируешь?")).isNull();
        assertThat(rule("blz então")).isNull();
        // "de", "aus" also mean "of": a place only right after the greeting
        assertThat(rule("hola, nombre de la cancion")).isNull();
        assertThat(rule("hallo, song aus dem intro")).isNull();
        assertThat(rule("как дела с ремонтом")).isNull();
        // words of one language that are greetings in another, or not greetings at all
        assertThat(rule("boas jogadas")).isNull();
        assertThat(rule("wie stehts?")).isNull();
        assertThat(rule("im off work")).isNull();
        assertThat(rule("hey so tired")).isNull();
    }

    @Test
    void leavingJoinsAGreetingButIsNoneAlone() {
        assertThat(rule("gotta go, bye everyone")).isEqualTo(Category.GREETING);
        assertThat(rule("bin off, bis morgen")).isEqualTo(Category.GREETING);
        assertThat(rule("me voy a dormir, buenas noches")).isEqualTo(Category.GREETING);
        assertThat(rule("fui galera, tchau")).isEqualTo(Category.GREETING);
        assertThat(rule("muss los, tschüss ole")).isEqualTo(Category.GREETING);
        assertThat(rule("gotta go")).isNull();
        assertThat(rule("me voy")).isNull();
        assertThat(rule("fui")).isNull();
        assertThat(rule("fui no médico ontem")).isNull();
        assertThat(rule("muss los")).isNull();
        assertThat(rule("tchau nando tmj")).isEqualTo(Category.GREETING);
        assertThat(rule("buenas noches mochi descansa")).isEqualTo(Category.GREETING);
        assertThat(rule("tmj mano")).isNull();
        assertThat(rule("descansa bia")).isNull();
        // leaving with a '?' asks; what follows leaving is no name
        assertThat(rule("hey, going to bed?")).isNull();
        assertThat(rule("moin bin weg?")).isNull();
        assertThat(rule("hey im out of ammo")).isNull();
        assertThat(rule("hola fui ayer")).isNull();
        assertThat(rule("vou nessa")).isNull();
    }

    @Test
    void twoNamesEachRightAfterASalutationOrBeforeOne() {
        assertThat(rule("hallo jan, hallo paul")).isEqualTo(Category.GREETING);
        assertThat(rule("oi nina, oi chat")).isEqualTo(Category.GREETING);
        assertThat(rule("всем привет, лёха привет")).isEqualTo(Category.GREETING);
        assertThat(rule("eai mell, suave?")).isEqualTo(Category.GREETING);
        assertThat(rule("oh hey tom")).isEqualTo(Category.GREETING);
        assertThat(rule("otsu yuzu")).isEqualTo(Category.GREETING);
        assertThat(rule("schönen tag noch hannes")).isEqualTo(Category.GREETING);
        assertThat(rule("que onda con el parche")).isNull();
        assertThat(rule("que onda fortnite")).isNull();
        // Spanish "yo" is "I": a salutation only first ("yo chat")
        assertThat(rule("yo chat")).isEqualTo(Category.GREETING);
        assertThat(rule("fui yo")).isNull();
        assertThat(rule("hola chat, gané yo")).isNull();
        // words that greet in one language and mean something else in another
        assertThat(rule("oi, tô na fila")).isNull();
        assertThat(rule("oi vcs viram")).isNull();
        assertThat(rule("всем привет, как вы думаете")).isNull();
        assertThat(rule("baba")).isNull();
        assertThat(rule("epa calma")).isNull();
        // a stop word is no name, and the second unknown word must follow a salutation
        assertThat(rule("yo también")).isNull();
        assertThat(rule("hi mell nice hair")).isNull();
        assertThat(rule("geiler abend heute")).isNull();
        assertThat(rule("как ты выжил")).isNull();
    }

    @Test
    void emoteOnlyUnlessItIsAReaction() {
        assertThat(rule("KEKW 😂")).isEqualTo(Category.EMOTE_ONLY);
        assertThat(rule("@bob KEKW")).isEqualTo(Category.EMOTE_ONLY);
        assertThat(rule(":v")).isEqualTo(Category.EMOTE_ONLY);
        // YouTube shortcuts, alone or glued together as YouTube sends them
        assertThat(rule(":fire:")).isEqualTo(Category.EMOTE_ONLY);
        assertThat(rule(":fire::yt::face-blue-smiling:")).isEqualTo(Category.EMOTE_ONLY);
        assertThat(rule(":fire::yt::")).isNotEqualTo(Category.EMOTE_ONLY);
        assertThat(rule("::")).isNotEqualTo(Category.EMOTE_ONLY);
        assertThat(rule("?? KEKW")).isEqualTo(Category.GENERAL);
        assertThat(rule("!!!")).isEqualTo(Category.GENERAL);
    }

    @Test
    void spamIsFloodingOrCopypastaShape() {
        assertThat(rule("x".repeat(700))).isEqualTo(Category.SPAM);
        assertThat(rule("kkkkkkkkkkkkkkkkkkkkkkkk")).isEqualTo(Category.SPAM);
        assertThat(rule("kkkkkkk")).isNull();
        assertThat(rule("hahahahahahahahahahahahahahaha")).isEqualTo(Category.SPAM);
        assertThat(
                        rule(
                                "I'm a 12 year old kid and I love this stream, can you say hi to"
                                        + " me? PogChamp PogChamp PogChamp Kappa"))
                .isEqualTo(Category.SPAM);
        assertThat(rule("MODS MODS MODS HE SAID IT BAN HIM NOW PLEASE MODS BAN HIM NOW"))
                .isEqualTo(Category.SPAM);
    }

    @Test
    void commandsAndLinksComeFirst() {
        assertThat(rule("!song what is this")).isEqualTo(Category.COMMAND);
        assertThat(rule("what song is this https://youtu.be/x")).isEqualTo(Category.LINK);
        assertThat(rule("")).isEqualTo(Category.GENERAL);
    }
}
