package io.mellchat.classifier.train;

import io.mellchat.classifier.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision, recall and F1 per category, overall and per language, from (language, gold, predicted)
 * triples; prints a plain-text report. Not thread-safe.
 */
public final class Evaluation {
    private static final Category[] CATEGORIES = Category.values();

    private final String title;
    private final Map<String, long[][]> byLanguage = new TreeMap<>();
    private final long[][] all = new long[CATEGORIES.length][CATEGORIES.length];
    private final List<String> errors = new ArrayList<>();

    public Evaluation(String title) {
        this.title = title;
    }

    /** Records one prediction; {@code text} is kept (a few) for the error listing. */
    public void add(String language, Category gold, Category predicted, String text) {
        long[][] m =
                byLanguage.computeIfAbsent(
                        language, k -> new long[CATEGORIES.length][CATEGORIES.length]);
        m[gold.ordinal()][predicted.ordinal()]++;
        all[gold.ordinal()][predicted.ordinal()]++;
        if (gold != predicted) {
            errors.add(language + "\t" + gold + " -> " + predicted + "\t" + text);
        }
    }

    /** Precision/recall/F1 of one category, all languages. */
    public Scores scores(Category c) {
        return scores(all, c);
    }

    /** Precision/recall/F1 of one category in one language (zeros if the language is absent). */
    public Scores scores(String language, Category c) {
        long[][] m = byLanguage.get(language);
        return m == null ? new Scores(0, 0, 0, 0) : scores(m, c);
    }

    /** Languages seen, sorted. */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** Misclassified lines as {@code lang<TAB>gold -> predicted<TAB>text}. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Total examples. */
    public long total() {
        long n = 0;
        for (long[] row : all) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    /** Fraction of examples whose category is right. */
    public double accuracy() {
        return accuracy(all);
    }

    /**
     * The report: question scores per language, per-category scores, F1 per language × category.
     */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(title).append(" (").append(total()).append(" lines)\n");
        b.append("question detection per language:\n");
        b.append(
                String.format(
                        Locale.ROOT,
                        "  %-6s %7s %7s %7s %7s %8s%n",
                        "lang",
                        "P",
                        "R",
                        "F1",
                        "support",
                        "accuracy"));
        for (Map.Entry<String, long[][]> e : byLanguage.entrySet()) {
            Scores s = scores(e.getValue(), Category.QUESTION);
            b.append(
                    String.format(
                            Locale.ROOT,
                            "  %-6s %7.3f %7.3f %7.3f %7d %8.3f%n",
                            e.getKey(),
                            s.precision(),
                            s.recall(),
                            s.f1(),
                            s.support(),
                            accuracy(e.getValue())));
        }
        Scores q = scores(all, Category.QUESTION);
        b.append(
                String.format(
                        Locale.ROOT,
                        "  %-6s %7.3f %7.3f %7.3f %7d %8.3f%n",
                        "all",
                        q.precision(),
                        q.recall(),
                        q.f1(),
                        q.support(),
                        accuracy(all)));
        b.append("per category (all languages):\n");
        b.append(
                String.format(
                        Locale.ROOT,
                        "  %-11s %7s %7s %7s %7s%n",
                        "category",
                        "P",
                        "R",
                        "F1",
                        "support"));
        for (Category c : CATEGORIES) {
            Scores s = scores(all, c);
            b.append(
                    String.format(
                            Locale.ROOT,
                            "  %-11s %7.3f %7.3f %7.3f %7d%n",
                            c.id(),
                            s.precision(),
                            s.recall(),
                            s.f1(),
                            s.support()));
        }
        b.append("F1 per language and category (- = no examples):\n");
        b.append(String.format(Locale.ROOT, "  %-6s", "lang"));
        for (Category c : CATEGORIES) {
            b.append(String.format(Locale.ROOT, " %10s", c.id()));
        }
        b.append('\n');
        for (Map.Entry<String, long[][]> e : byLanguage.entrySet()) {
            b.append(String.format(Locale.ROOT, "  %-6s", e.getKey()));
            for (Category c : CATEGORIES) {
                Scores s = scores(e.getValue(), c);
                b.append(
                        s.support() == 0
                                ? String.format(Locale.ROOT, " %10s", "-")
                                : String.format(Locale.ROOT, " %10.3f", s.f1()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static Scores scores(long[][] m, Category c) {
        int k = c.ordinal();
        long tp = m[k][k];
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < CATEGORIES.length; i++) {
            if (i != k) {
                fp += m[i][k];
                fn += m[k][i];
            }
        }
        return new Scores(tp, fp, fn, tp + fn);
    }

    private static double accuracy(long[][] m) {
        long right = 0;
        long n = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                n += m[i][j];
                if (i == j) {
                    right += m[i][j];
                }
            }
        }
        return n == 0 ? 0.0 : (double) right / n;
    }

    /** Counts and derived scores of one category. */
    public record Scores(
            long truePositives, long falsePositives, long falseNegatives, long support) {
        public double precision() {
            long d = truePositives + falsePositives;
            return d == 0 ? 0.0 : (double) truePositives / d;
        }

        public double recall() {
            long d = truePositives + falseNegatives;
            return d == 0 ? 0.0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }
}
