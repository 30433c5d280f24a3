package io.mellchat.classifier.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.classifier.Category;
import io.mellchat.classifier.TextNormalizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    private static final Path CORPUS = Path.of("corpus");

    @Test
    void everyLanguageHasThousandsOfConsistentlyLabelledLines() throws Exception {
        for (String lang : CorpusGenerator.LANGUAGES) {
            List<Example> ex = Corpus.readFile(CORPUS.resolve(lang + ".tsv"));
            assertThat(ex).as(lang).hasSizeGreaterThan(2_000);
            Set<Category> seen = EnumSet.noneOf(Category.class);
            Map<String, Category> labels = new HashMap<>();
            for (Example e : ex) {
                seen.add(e.label());
                Category prev = labels.putIfAbsent(e.text().toLowerCase(Locale.ROOT), e.label());
                assertThat(prev == null || prev == e.label()).as(lang + ": " + e.text()).isTrue();
            }
            assertThat(seen).as(lang).containsAll(EnumSet.allOf(Category.class));
            long questions = ex.stream().filter(e -> e.label() == Category.QUESTION).count();
            assertThat(questions).as(lang).isGreaterThan(800);
        }
    }

    @Test
    void corpusStaysSmall() throws Exception {
        long bytes;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(5L * 1024 * 1024);
    }

    @Test
    void hardSetsAreIndependentOfTheGeneratedCorpus() throws Exception {
        Set<String> generated = new HashSet<>();
        for (Example e : Corpus.readDirectory(CORPUS)) {
            generated.add(e.text().toLowerCase(Locale.ROOT));
        }
        List<Example> hard = Corpus.readDirectory(CORPUS.resolve("hard"));
        assertThat(hard.stream().map(Example::language).distinct())
                .containsExactlyInAnyOrderElementsOf(CorpusGenerator.LANGUAGES);
        List<String> overlap =
                hard.stream()
                        .map(Example::text)
                        .filter(t -> t.split(" ").length > 2) // "??", "lol?" occur anywhere
                        .filter(t -> generated.contains(t.toLowerCase(Locale.ROOT)))
                        .toList();
        assertThat(overlap).as("hard cases that templates also produce").isEmpty();
    }

    @Test
    void handWrittenChatLinesAreManyVariedAndIndependentOfTemplatesAndHardCases() throws Exception {
        Set<String> elsewhere = new HashSet<>();
        for (Example e : Corpus.readDirectory(CORPUS)) {
            elsewhere.add(copyKey(e.text()));
        }
        for (Example e : Corpus.readDirectory(CORPUS.resolve("hard"))) {
            elsewhere.add(copyKey(e.text()));
        }
        List<Example> unseen = Corpus.readDirectory(CORPUS.resolve("unseen"));
        for (Example e : unseen) {
            elsewhere.add(copyKey(e.text()));
        }
        List<Example> chat = Corpus.readDirectory(CORPUS.resolve("chat"));
        List<String> copies = new ArrayList<>();
        for (String lang : CorpusGenerator.LANGUAGES) {
            List<Example> ex = chat.stream().filter(e -> e.language().equals(lang)).toList();
            assertThat(ex).as(lang).hasSizeGreaterThan(1_200);
            assertThat(ex.stream().map(Example::label).distinct())
                    .as(lang)
                    .containsExactlyInAnyOrder(Category.values());
            assertThat(ex.stream().filter(e -> e.label() == Category.QUESTION).count())
                    .as(lang)
                    .isGreaterThan(400);
            Set<String> keys = new HashSet<>();
            for (Example e : ex) {
                String key = copyKey(e.text());
                if (key.indexOf(' ') < 0) {
                    continue; // "??", "lol", "KEKW KEKW" occur anywhere
                }
                if (!keys.add(key) || elsewhere.contains(key)) {
                    copies.add(lang + ": " + e.text());
                }
            }
        }
        assertThat(copies)
                .as(
                        "chat lines that repeat another one, a template line, a hard case or an"
                                + " unseen-topic line")
                .isEmpty();
    }

    @Test
    void unseenTopicLinesAreNeverCopiesOfTrainedOrHardLines() throws Exception {
        Set<String> elsewhere = new HashSet<>();
        for (String sub : List.of("", "hard", "chat")) {
            for (Example e : Corpus.readDirectory(sub.isEmpty() ? CORPUS : CORPUS.resolve(sub))) {
                elsewhere.add(copyKey(e.text()));
            }
        }
        List<Example> unseen = Corpus.readDirectory(CORPUS.resolve("unseen"));
        assertThat(unseen.stream().map(Example::language).distinct())
                .containsExactlyInAnyOrderElementsOf(CorpusGenerator.LANGUAGES);
        Set<String> keys = new HashSet<>();
        List<String> copies = new ArrayList<>();
        for (Example e : unseen) {
            String key = copyKey(e.text());
            // a countdown may be the same in two languages' chats
            if (key.indexOf(' ') >= 0
                    && (!keys.add(e.language() + ":" + key) || elsewhere.contains(key))) {
                copies.add(e.language() + ": " + e.text());
            }
        }
        assertThat(copies).as("unseen-topic lines that repeat another line").isEmpty();
    }

    /** Two lines are copies when they have the same words: case, accents, '?', emotes aside. */
    private static String copyKey(String text) {
        return TextNormalizer.normalize(text);
    }

    @Test
    void committedCorpusMatchesTheTemplates(@TempDir Path out) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CorpusGenerator.generate(
                CORPUS.resolve("templates"),
                out,
                CorpusGenerator.LANGUAGES,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("conflict");
        for (String lang : CorpusGenerator.LANGUAGES) {
            assertThat(Files.readString(out.resolve(lang + ".tsv")))
                    .as(lang + ".tsv is out of date: run CorpusGenerator and commit")
                    .isEqualTo(Files.readString(CORPUS.resolve(lang + ".tsv")));
        }
    }
}
