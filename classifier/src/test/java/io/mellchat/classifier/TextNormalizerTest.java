package io.mellchat.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void keepsOnlyFoldedWords() {
        assertThat(TextNormalizer.normalize("What's your MOUSE?? KEKW"))
                .isEqualTo("whats your mouse");
        assertThat(TextNormalizer.normalize("¿Qué juego es? 😂")).isEqualTo("que juego es");
        assertThat(TextNormalizer.normalize("@mell КАКАЯ мышка??? https://x.com"))
                .isEqualTo("какая мышка");
        assertThat(TextNormalizer.normalize("Größe ÇA")).isEqualTo("grosse ca");
    }

    @Test
    void collapsesRepeatedLettersAndWords() {
        assertThat(TextNormalizer.normalize("lol lol LOL sooooo good")).isEqualTo("lol soo good");
    }

    @Test
    void emptyForLinesWithoutWords() {
        assertThat(TextNormalizer.normalize("KEKW 😂 !!!")).isEmpty();
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void keepsOtherScripts() {
        assertThat(TextNormalizer.normalize("日本語 テスト")).isEqualTo("日本語 テスト");
        assertThat(TextNormalizer.normalize("مرحبا بكم")).isEqualTo("مرحبا بكم");
    }
}
