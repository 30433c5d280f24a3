package io.mellchat.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageScanTest {
    private final MessageScan scan = new MessageScan();

    private String words(String text) {
        scan.scan(text);
        return new String(scan.buffer(), 0, scan.bufferLength());
    }

    @Test
    void foldsCaseAccentsApostrophesAndRepeatedLetters() {
        assertThat(words("What's UP?? ¿Qué TAL, señor? Ёлка Grüße Straße"))
                .isEqualTo("whats up que tal senor елка grusse strasse");
        assertThat(words("soooooo goooood")).isEqualTo("soo good");
        assertThat(words("zoe_plays hi")).isEqualTo("zoe_plays hi");
    }

    @Test
    void separatesEmotesMentionsLinksAndEmoji() {
        scan.scan("@mell KEKW what game is this? 😂 https://x.com/a xqcL :D");
        assertThat(scan.mentions()).isEqualTo(1);
        assertThat(scan.emotes()).isEqualTo(3);
        assertThat(scan.links()).isEqualTo(1);
        assertThat(scan.emojis()).isEqualTo(1);
        assertThat(scan.words()).isEqualTo(4);
        assertThat(scan.questionMarkAtEnd()).isTrue();
    }

    @Test
    void questionMarkMustFollowTheLastWord() {
        assertThat(scan.scan("? what").questionMarkAtEnd()).isFalse();
        assertThat(scan.scan("what? no").questionMarkAtEnd()).isFalse();
        assertThat(scan.scan("what game LUL?").questionMarkAtEnd()).isTrue();
        assertThat(scan.scan("¿qué juego es?").invertedQuestionMarks()).isEqualTo(1);
    }

    @Test
    void measuresFlooding() {
        assertThat(scan.scan("nooooooooooooooooooooooo").maxCharRun()).isEqualTo(23);
        assertThat(scan.scan("LULLULLULLULLULLULLULLUL").periodicFloodChars()).isEqualTo(24);
        assertThat(scan.scan("a b a b a c").maxTokenRepeat()).isEqualTo(3);
        assertThat(scan.scan("lol lol LOL lol").distinctWords()).isEqualTo(1);
        assertThat(scan.scan("!uptime").commandPrefix()).isTrue();
        assertThat(scan.scan("! uptime").commandPrefix()).isFalse();
    }

    @Test
    void analysesOnlyABoundedPrefixOfHugeLines() {
        String huge = "word ".repeat(50_000);
        scan.scan(huge);
        assertThat(scan.length()).isEqualTo(huge.length());
        assertThat(scan.words()).isLessThanOrEqualTo(MessageScan.MAX_WORDS);
    }

    @Test
    void linksNeedAKnownTopLevelDomain() {
        assertThat(scan.scan("youtu.be/abc").links()).isEqualTo(1);
        assertThat(scan.scan("discord.gg/xyz").links()).isEqualTo(1);
        assertThat(scan.scan("www.example.org").links()).isEqualTo(1);
        assertThat(scan.scan("ok.so what").links()).isZero();
        assertThat(scan.scan("3.5 stars e.g. this").links()).isZero();
    }

    @Test
    void lexiconKnowsQuestionWordsOfEveryLanguage() {
        for (String w : new String[] {"what", "почему", "qué", "quando", "warum", "o que"}) {
            assertThat(Lexicon.flags(w) & Lexicon.QWORD).as(w).isNotZero();
        }
        assertThat(Lexicon.flags("how are you") & Lexicon.GREET).isNotZero();
        assertThat(Lexicon.flags("mouse")).isZero();
    }
}
