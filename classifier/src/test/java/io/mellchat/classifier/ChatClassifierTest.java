package io.mellchat.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatClassifierTest {
    private static final ChatClassifier CLASSIFIER = ChatClassifier.load();

    private static Category category(String text) {
        return CLASSIFIER.classify(text).category();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "what mouse do you use?",
                "what game is this",
                "how old are you",
                "when do you stream tomorrow",
                "whats the song called",
                "какая у тебя мышка",
                "что за игра?",
                "сколько тебе лет",
                "во сколько завтра стрим",
                "¿qué juego es este?",
                "cuantos años tienes",
                "de donde eres",
                "qual mouse vc usa",
                "que jogo é esse?",
                "quantos anos vc tem",
                "welches spiel ist das",
                "wie alt bist du?",
                "woher kommst du"
            })
    void detectsQuestionsInEveryLanguageWithAndWithoutQuestionMark(String text) {
        Classification c = CLASSIFIER.classify(text);
        assertThat(c.category()).as(text).isEqualTo(Category.QUESTION);
        assertThat(c.confidence()).isBetween(CLASSIFIER.model().threshold(), 1.0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wtf?",
                "bro what?",
                "???",
                "что?",
                "¿qué?",
                "lol?",
                "what??",
                "huh?",
                "чё?",
                "que?",
                "oq?",
                "was?",
                "hä?",
                "who asked?",
                "are you serious?",
                "how??"
            })
    void rejectsRhetoricalAndReactionLines(String text) {
        assertThat(category(text)).as(text).isNotEqualTo(Category.QUESTION);
    }

    @Test
    void recognisesTheDeterministicCategories() {
        assertThat(category("!uptime")).isEqualTo(Category.COMMAND);
        assertThat(category("  !sr never gonna give you up")).isEqualTo(Category.COMMAND);
        assertThat(category("KEKW KEKW")).isEqualTo(Category.EMOTE_ONLY);
        assertThat(category("😂😂😂")).isEqualTo(Category.EMOTE_ONLY);
        assertThat(category("xqcL pokiHi")).isEqualTo(Category.EMOTE_ONLY);
        assertThat(category("is this you? https://clips.twitch.tv/Abc-123"))
                .isEqualTo(Category.LINK);
        assertThat(category("follow twitch.tv/mell")).isEqualTo(Category.LINK);
        assertThat(category("AAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isEqualTo(Category.SPAM);
        assertThat(category("LUL LUL LUL LUL LUL LUL LUL LUL LUL LUL")).isEqualTo(Category.SPAM);
        assertThat(category("⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿⣿ ⣿⣿⣿⣿⡿⠿⠛⠛⠛⠛⠿⢿⣿")).isEqualTo(Category.SPAM);
        assertThat(category("hi chat")).isEqualTo(Category.GREETING);
        assertThat(category("всем привет")).isEqualTo(Category.GREETING);
        assertThat(category("hola a todos")).isEqualTo(Category.GREETING);
        assertThat(category("boa noite galera")).isEqualTo(Category.GREETING);
        assertThat(category("moin zusammen")).isEqualTo(Category.GREETING);
        assertThat(category("that was insane")).isEqualTo(Category.GENERAL);
        assertThat(category("hi chat, what game is this?")).isEqualTo(Category.QUESTION);
    }

    @Test
    void usesEmotePositionsFromThePlatform() {
        String text = "peepoArrive hello";
        assertThat(category("peepoArrive")).isEqualTo(Category.EMOTE_ONLY); // emote shape
        assertThat(CLASSIFIER.classify("Arrive Wave", new int[] {0, 6, 7, 11}).category())
                .isEqualTo(Category.EMOTE_ONLY);
        assertThat(CLASSIFIER.classify(text, new int[] {0, 11}).category())
                .isEqualTo(Category.GREETING);
    }

    @Test
    void survivesHostileInput() {
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 100_000) {
            huge.append("what game is this ");
        }
        List<String> inputs =
                List.of(
                        "",
                        "   ",
                        "\u0000\u0001\u0007\u001b[31m",
                        "\uD800 lone high surrogate \uDC00 and low",
                        "\uDBFF",
                        "مرحبا كيف حالك؟",
                        "שלום מה שלומך?",
                        "👨‍👩‍👧‍👦🏳️‍🌈🇺🇦",
                        "\u202Ewhat game is this\u202C",
                        "Z̸̡̛̤̈a̴̱͗l̷̰̈́g̶̣̓o̸͈͝ ẗ̵͎́e̷̙̓x̵̰̍t̷̠̂ ?",
                        "?".repeat(5000),
                        huge.toString());
        for (String s : inputs) {
            Classification c = CLASSIFIER.classify(s);
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(CLASSIFIER.classify(null).category()).isEqualTo(Category.GENERAL);
        assertThat(category("")).isEqualTo(Category.GENERAL);
        assertThat(category(huge.toString())).isEqualTo(Category.SPAM);
    }

    @Test
    void classifiesTheSameFromManyThreads() throws Exception {
        List<String> lines =
                List.of("what game is this", "wtf?", "привет", "!uptime", "qual mouse vc usa");
        List<Category> expected = lines.stream().map(ChatClassifierTest::category).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < 2_000; i++) {
                                        int k = i % lines.size();
                                        if (category(lines.get(k)) != expected.get(k)) {
                                            return false;
                                        }
                                    }
                                    return true;
                                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loadsTheBundledModelOnceAndSharesIt() {
        assertThat(ChatClassifier.load()).isSameAs(CLASSIFIER);
        assertThat(CLASSIFIER.model().description()).contains("Smile Maxent");
        assertThat(CLASSIFIER.questionProbability("what mouse do you use"))
                .isGreaterThan(CLASSIFIER.questionProbability("nice shot"));
    }
}
