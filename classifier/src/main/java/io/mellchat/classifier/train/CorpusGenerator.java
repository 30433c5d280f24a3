package io.mellchat.classifier.train;

import io.mellchat.classifier.Category;
import io.mellchat.classifier.text.Lexicon;
import io.mellchat.classifier.text.MessageScan;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Expands the corpus templates ({@code corpus/templates/common.tpl} + {@code <lang>.tpl}) into
 * {@code corpus/<lang>.tsv}. Deterministic (seeded per language and template line). Adds
 * label-preserving surface noise the way chat writes: questions with and without '?', prefixes
 * ("@streamer", "yo"), trailing emotes, case changes and typos. A text generated with two different
 * labels is dropped and reported (a template bug).
 *
 * <pre>java -cp … io.mellchat.classifier.train.CorpusGenerator [--templates DIR] [--out DIR]
 *     [--lang en,ru]</pre>
 */
public final class CorpusGenerator {
    static final List<String> LANGUAGES = List.of("en", "ru", "es", "pt", "de");

    private final Map<String, List<Template>> slots;
    private final List<TemplateFile.Line> lines;
    private final String lang;

    private CorpusGenerator(String lang, TemplateFile common, TemplateFile own) {
        this.lang = lang;
        this.slots = new HashMap<>(common.slots);
        this.slots.putAll(own.slots);
        this.lines = new java.util.ArrayList<>(common.lines);
        this.lines.addAll(own.lines);
    }

    public static void main(String[] args) throws IOException {
        Path templates = Path.of("classifier/corpus/templates");
        Path out = Path.of("classifier/corpus");
        if (!Files.isDirectory(templates) && Files.isDirectory(Path.of("corpus/templates"))) {
            templates = Path.of("corpus/templates");
            out = Path.of("corpus");
        }
        List<String> languages = LANGUAGES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--templates" -> templates = Path.of(args[++i]);
                case "--lang" -> languages = List.of(args[++i].split(","));
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println(
                            "usage: CorpusGenerator [--templates DIR] [--out DIR] [--lang en,ru]; unknown "
                                    + args[i]);
                    System.exit(2);
                }
            }
        }
        generate(templates, out, languages, System.out);
    }

    /**
     * Writes {@code <out>/<lang>.tsv} for each language; progress and conflicts go to {@code log}.
     */
    public static void generate(Path templates, Path out, List<String> languages, PrintStream log)
            throws IOException {
        TemplateFile common = TemplateFile.read(templates.resolve("common.tpl"));
        for (String lang : languages) {
            TemplateFile own = TemplateFile.read(templates.resolve(lang + ".tpl"));
            Path file = out.resolve(lang + ".tsv");
            int n = new CorpusGenerator(lang, common, own).write(file, log);
            log.printf(Locale.ROOT, "%s: %d lines -> %s%n", lang, n, file);
        }
    }

    private int write(Path file, PrintStream log) throws IOException {
        Map<String, Map<String, Category>> groups = new LinkedHashMap<>();
        Map<String, Category> labelOf = new HashMap<>();
        Set<String> conflicts = new LinkedHashSet<>();
        for (TemplateFile.Line line : lines) {
            Random rnd = new Random(seed(line.source()));
            Map<String, Category> out = new LinkedHashMap<>();
            int want = line.template().isLiteral() ? Math.min(line.samples(), 2) : line.samples();
            for (int attempt = 0; attempt < want * 8 && out.size() < want; attempt++) {
                String text = line.template().expand(rnd, slots);
                if (!line.raw()) {
                    text = noise(line.label(), text, rnd);
                }
                if (text.isBlank() || text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0) {
                    continue;
                }
                String key = text.toLowerCase(Locale.ROOT);
                Category prev = labelOf.putIfAbsent(key, line.label());
                if (prev != null) {
                    if (prev != line.label()) {
                        conflicts.add(text + " (" + prev + " vs " + line.label() + ")");
                    }
                    continue;
                }
                out.put(text, line.label());
            }
            groups.put(line.source(), out);
        }
        int count = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(
                    "# generated by io.mellchat.classifier.train.CorpusGenerator from templates/"
                            + "common.tpl and templates/"
                            + lang
                            + ".tpl: edit those, not this file\n");
            for (Map.Entry<String, Map<String, Category>> g : groups.entrySet()) {
                if (g.getValue().isEmpty()) {
                    continue;
                }
                w.write("# group " + g.getKey() + "\n");
                for (Map.Entry<String, Category> e : g.getValue().entrySet()) {
                    if (conflicts.stream().anyMatch(c -> c.startsWith(e.getKey() + " ("))) {
                        continue;
                    }
                    w.write(e.getValue().id() + "\t" + e.getKey() + "\n");
                    count++;
                }
            }
        }
        for (String c : conflicts) {
            log.println(lang + ": label conflict, dropped: " + c);
        }
        return count;
    }

    private long seed(String source) {
        return (lang.hashCode() * 0x9E3779B97F4A7C15L) ^ source.hashCode();
    }

    /** Label-preserving surface noise. */
    private String noise(Category label, String text, Random r) {
        switch (label) {
            case QUESTION -> {
                if (!text.endsWith("?") && r.nextDouble() < 0.1) {
                    text = typo(text, r);
                }
                if (!text.endsWith("?")) {
                    // a question that only '?' marks (no question word, no inversion) mostly keeps
                    // it
                    double p = r.nextDouble() * (isMarkedQuestion(text) ? 1.0 : 0.6);
                    if (p < 0.46) {
                        text = text + "?";
                    } else if (p < 0.52) {
                        text = text + "??";
                    } else if (p < 0.55) {
                        text = text + " ?";
                    }
                }
                if (r.nextDouble() < 0.15) {
                    text = slot("q_prefix", r) + " " + text;
                }
                if (r.nextDouble() < 0.14) {
                    text = text + " " + slot("q_suffix", r);
                }
                return casing(text, r);
            }
            case GENERAL -> {
                if (r.nextDouble() < 0.06) {
                    text = typo(text, r);
                }
                if (r.nextDouble() < 0.16) {
                    text = text + " " + slot("g_suffix", r);
                }
                return casing(text, r);
            }
            case GREETING -> {
                if (r.nextDouble() < 0.2) {
                    text = text + "!";
                }
                if (r.nextDouble() < 0.3) {
                    text = text + " " + slot("greet_suffix", r);
                }
                return casing(text, r);
            }
            default -> {
                return text;
            }
        }
    }

    /**
     * True when the words alone show a question: a question word among the first three words, an
     * auxiliary first ("do you", "hast du"), a second-person word second, or a polite request.
     */
    private final MessageScan scan = new MessageScan();

    private boolean isMarkedQuestion(String text) {
        scan.scan(text);
        int n = scan.words();
        for (int i = 0; i < Math.min(3, n); i++) {
            if ((scan.wordFlags(i) & (Lexicon.QWORD | Lexicon.REQUEST)) != 0) {
                return true;
            }
        }
        for (int i = 0; i < n; i++) {
            if ((scan.wordFlags(i) & Lexicon.REQUEST) != 0) {
                return true;
            }
        }
        return n > 1
                && ((scan.wordFlags(0) & Lexicon.AUX) != 0
                        || (scan.wordFlags(1) & Lexicon.YOU) != 0);
    }

    private String slot(String name, Random r) {
        List<Template> values = slots.get(name);
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.get(r.nextInt(values.size())).expand(r, slots);
    }

    private static String casing(String text, Random r) {
        double p = r.nextDouble();
        if (p < 0.26) {
            int i = 0;
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int sp = text.indexOf(' ');
            String first = sp < 0 ? text : text.substring(0, sp);
            if (i < text.length()
                    && text.charAt(i) != '@'
                    && first.equals(first.toLowerCase(Locale.ROOT))) {
                return text.substring(0, i)
                        + Character.toUpperCase(text.charAt(i))
                        + text.substring(i + 1);
            }
        } else if (p < 0.30 && text.length() < 48) {
            return upperWords(text);
        }
        return text;
    }

    /** Upper-cases words but leaves emote-looking tokens (mixed case) alone. */
    private static String upperWords(String text) {
        StringBuilder b = new StringBuilder();
        for (String tok : text.split(" ")) {
            boolean mixed = !tok.equals(tok.toLowerCase(Locale.ROOT));
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(mixed || tok.startsWith("@") ? tok : tok.toUpperCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** Swaps, drops or doubles one letter of one longer word. */
    private static String typo(String text, Random r) {
        String[] words = text.split(" ");
        int tries = 0;
        while (tries++ < 6) {
            int wi = r.nextInt(words.length);
            String w = words[wi];
            if (w.length() < 4
                    || !w.chars().allMatch(Character::isLetter)
                    || !w.equals(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int k = 1 + r.nextInt(w.length() - 2);
            String t =
                    switch (r.nextInt(3)) {
                        case 0 ->
                                w.substring(0, k)
                                        + w.charAt(k + 1)
                                        + w.charAt(k)
                                        + w.substring(k + 2);
                        case 1 -> w.substring(0, k) + w.substring(k + 1);
                        default -> w.substring(0, k) + w.charAt(k) + w.substring(k);
                    };
            words[wi] = t;
            return String.join(" ", words);
        }
        return text;
    }
}
