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

    /** The report also shows question precision/F1 as if questions were this share of lines. */
    public static final double REPORT_QUESTION_SHARE = 0.15;

    private static final double DEPLOYMENT_SHARE = REPORT_QUESTION_SHARE;
    private static final String SHARE_LABEL = Math.round(DEPLOYMENT_SHARE * 100) + "%";

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
        return total(all);
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
                        "  %-6s %7s %7s %7s %7s %8s %8s %8s%n",
                        "lang",
                        "P",
                        "R",
                        "F1",
                        "support",
                        "accuracy",
                        "P@" + SHARE_LABEL,
                        "F1@" + SHARE_LABEL));
        for (Map.Entry<String, long[][]> e : byLanguage.entrySet()) {
            Scores s = scores(e.getValue(), Category.QUESTION);
            double[] at = atShare(s, total(e.getValue()));
            b.append(
                    String.format(
                            Locale.ROOT,
                            "  %-6s %7.3f %7.3f %7.3f %7d %8.3f %8.3f %8.3f%n",
                            e.getKey(),
                            s.precision(),
                            s.recall(),
                            s.f1(),
                            s.support(),
                            accuracy(e.getValue()),
                            at[0],
                            at[1]));
        }
        Scores q = scores(all, Category.QUESTION);
        double[] at = atShare(q, total());
        b.append(
                String.format(
                        Locale.ROOT,
                        "  %-6s %7.3f %7.3f %7.3f %7d %8.3f %8.3f %8.3f%n",
                        "all",
                        q.precision(),
                        q.recall(),
                        q.f1(),
                        q.support(),
                        accuracy(all),
                        at[0],
                        at[1]));
        b.append(
                "  (P@"
                        + SHARE_LABEL
                        + ", F1@"
                        + SHARE_LABEL
                        + ": the same recall and false-positive rate if questions were "
                        + SHARE_LABEL
                        + " of the lines, as in live chat)\n");
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

    /** {precision, F1} of questions if they made up {@link #DEPLOYMENT_SHARE} of the lines. */
    static double[] atShare(Scores s, long total) {
        long negatives = total - s.support();
        double r = s.recall();
        double fpr = negatives == 0 ? 0 : (double) s.falsePositives() / negatives;
        double p =
                r == 0 && fpr == 0
                        ? 0
                        : r
                                * DEPLOYMENT_SHARE
                                / (r * DEPLOYMENT_SHARE + fpr * (1 - DEPLOYMENT_SHARE));
        return new double[] {p, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static long total(long[][] m) {
        long n = 0;
        for (long[] row : m) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
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
