package io.mellchat.serving.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void wordsBecomePrefixTermsPhrasesAndExclusions() {
        SearchQuery q = SearchQuery.parse("Keyboard \"next stream\" -spam");
        assertThat(q.toTsQuery()).isEqualTo("'keyboard':* & ('next' <-> 'stream') & !'spam'");
        assertThat(q.isEmpty()).isFalse();
    }

    @Test
    void onlyLettersAndDigitsReachTheQuery() {
        SearchQuery q = SearchQuery.parse("it's a (test) | & ! :* \\'");
        assertThat(q.toTsQuery()).doesNotContain("(test)").doesNotContain("|").doesNotContain("\\");
        assertThat(q.include()).containsExactly("it", "s", "a", "test");
        assertThat(SearchQuery.parse("!!! ???").isEmpty()).isTrue();
    }

    @Test
    void unicodeWordsAndHighlightOffsetsInUtf16() {
        SearchQuery q = SearchQuery.parse("ВОПРОС");
        String text = "😀 Какой вопрос? Вопросы";
        List<int[]> hl = q.highlights(text);
        assertThat(hl).hasSize(2);
        assertThat(text.substring(hl.get(0)[0], hl.get(0)[1])).isEqualTo("вопрос");
        assertThat(text.substring(hl.get(1)[0], hl.get(1)[1])).isEqualTo("Вопросы");
        assertThat(SearchQuery.words("Grüße aus München"))
                .containsExactly("grüße", "aus", "münchen");
    }
}
