package io.mellchat.classifier;

import io.mellchat.classifier.model.ModelFile;
import io.mellchat.classifier.model.QuestionFeatures;
import io.mellchat.classifier.model.QuestionModel;
import io.mellchat.classifier.rules.MessageRules;
import io.mellchat.classifier.text.MessageScan;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Categorises chat lines: rules for the deterministic categories ({@link MessageRules}), then the
 * trained Smile question model ({@link QuestionModel}) for the rest. This is the single code path
 * used by the Flink job, {@code mellchat classify} and the evaluation.
 *
 * <p>Thread-safe and allocation-light: each thread reuses its own scan and feature buffers. Not
 * {@link java.io.Serializable}: a Flink function holds it in a transient field and calls {@link
 * #load()} in {@code open()} (the model is read once per JVM and shared).
 */
public final class ChatClassifier {
    private static final int MIN_BUCKET = 32;
    private static volatile ChatClassifier bundled;

    private final QuestionModel model;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** A classifier over a given model (tests, the trainer's evaluation). */
    public ChatClassifier(QuestionModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * The classifier with the model bundled on the classpath (read once per JVM, then shared).
     *
     * @throws ClassifierException if the model is missing or was written for other features
     */
    public static ChatClassifier load() {
        ChatClassifier c = bundled;
        if (c == null) {
            synchronized (ChatClassifier.class) {
                c = bundled;
                if (c == null) {
                    c = new ChatClassifier(ModelFile.readResource());
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** A classifier with the model in {@code file} (an artifact written by the trainer). */
    public static ChatClassifier load(Path file) {
        return new ChatClassifier(ModelFile.read(file));
    }

    /** The category and confidence of one chat line (any text; never throws on content). */
    public Classification classify(String text) {
        return classify(text, null);
    }

    /**
     * As {@link #classify(String)}, with the emote positions the platform sent: {@code emoteSpans}
     * holds UTF-16 {@code [start, end)} pairs into {@code text}, {@code {s0, e0, s1, e1, …}} (may
     * be null). Tokens inside a span count as emotes whatever their name.
     */
    public Classification classify(String text, int[] emoteSpans) {
        Scratch s = scratch.get();
        MessageScan scan = s.scan.scan(text == null ? "" : text, emoteSpans);
        Optional<Classification> rule = MessageRules.decide(scan);
        if (rule.isPresent()) {
            return rule.get();
        }
        double p = probability(s, scan);
        return p >= model.threshold()
                ? new Classification(Category.QUESTION, p)
                : new Classification(Category.GENERAL, 1.0 - p);
    }

    /**
     * The question model's probability for a line, whatever the rules say (for analysis and the
     * trainer; the job uses {@link #classify}).
     */
    public double questionProbability(String text) {
        Scratch s = scratch.get();
        return probability(s, s.scan.scan(text == null ? "" : text, null));
    }

    /** The model in use. */
    public QuestionModel model() {
        return model;
    }

    private double probability(Scratch s, MessageScan scan) {
        int n = QuestionFeatures.extract(scan, s.features);
        int[] padded = s.bucket(n);
        System.arraycopy(s.features, 0, padded, 0, n);
        Arrays.fill(padded, n, padded.length, QuestionFeatures.PAD);
        double p = model.probability(padded);
        return Double.isNaN(p) ? 0.0 : Math.min(1.0, Math.max(0.0, p));
    }

    /** Per-thread buffers: Smile scores a whole int[], so features are padded to a bucket size. */
    private static final class Scratch {
        final MessageScan scan = new MessageScan();
        final int[] features = new int[QuestionFeatures.MAX_FEATURES];
        final int[][] buckets =
                new int
                        [Integer.numberOfTrailingZeros(QuestionFeatures.MAX_FEATURES / MIN_BUCKET)
                                + 1]
                        [];

        int[] bucket(int n) {
            int size = MIN_BUCKET;
            int k = 0;
            while (size < n) {
                size <<= 1;
                k++;
            }
            int[] b = buckets[k];
            if (b == null) {
                b = new int[size];
                buckets[k] = b;
            }
            return b;
        }
    }
}
