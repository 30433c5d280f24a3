package io.mellchat.classifier.train;

import io.mellchat.classifier.QuestionSimilarity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tunes and checks {@link QuestionSimilarity#RECOMMENDED_THRESHOLD} on hand-written question pairs
 * ({@code corpus/similarity/paraphrases.tsv}: {@code same|different<TAB>A<TAB>B}): prints
 * precision, recall and F1 of "merge" per threshold for MinHash estimates and exact Jaccard.
 *
 * <pre>java -cp … io.mellchat.classifier.train.SimilarityTuner [--pairs FILE] [--hashes N]</pre>
 */
public final class SimilarityTuner {
    /** One labelled pair. */
    public record Pair(boolean same, String a, String b) {}

    private SimilarityTuner() {}

    public static void main(String[] args) throws IOException {
        Path pairs =
                Files.exists(Path.of("classifier/corpus/similarity/paraphrases.tsv"))
                        ? Path.of("classifier/corpus/similarity/paraphrases.tsv")
                        : Path.of("corpus/similarity/paraphrases.tsv");
        int hashes = QuestionSimilarity.DEFAULT_HASHES;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--pairs" -> pairs = Path.of(args[i + 1]);
                case "--hashes" -> hashes = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Pair> list = read(pairs);
        QuestionSimilarity sim = new QuestionSimilarity(hashes);
        System.out.printf(Locale.ROOT, "%d pairs from %s, %d hashes%n", list.size(), pairs, hashes);
        System.out.printf(
                Locale.ROOT, "%9s %22s %22s%n", "threshold", "minhash P/R/F1", "exact P/R/F1");
        for (int k = 20; k <= 80; k += 5) {
            double t = k / 100.0;
            double[] m =
                    score(list, t, p -> sim.similarity(sim.signature(p.a()), sim.signature(p.b())));
            double[] e = score(list, t, p -> sim.exactSimilarity(p.a(), p.b()));
            System.out.printf(
                    Locale.ROOT,
                    "%9.2f %6.2f %6.2f %8.3f %6.2f %6.2f %8.3f%n",
                    t,
                    m[0],
                    m[1],
                    m[2],
                    e[0],
                    e[1],
                    e[2]);
        }
        System.out.println("recommended: " + QuestionSimilarity.RECOMMENDED_THRESHOLD);
    }

    /** Reads {@code same|different<TAB>A<TAB>B} lines ('#' comments). */
    public static List<Pair> read(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3 || !(f[0].equals("same") || f[0].equals("different"))) {
                throw new IOException(file + ": expected same|different<TAB>A<TAB>B: " + line);
            }
            out.add(new Pair(f[0].equals("same"), f[1], f[2]));
        }
        return out;
    }

    /** {precision, recall, F1} of predicting "same" when the score reaches {@code threshold}. */
    public static double[] score(
            List<Pair> pairs, double threshold, java.util.function.ToDoubleFunction<Pair> sim) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : pairs) {
            boolean merge = sim.applyAsDouble(p) >= threshold;
            if (merge && p.same()) {
                tp++;
            } else if (merge) {
                fp++;
            } else if (p.same()) {
                fn++;
            }
        }
        double prec = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        return new double[] {prec, rec, f1};
    }
}
