package io.mellchat.classifier.model;

import java.util.Objects;
import smile.classification.Maxent;
import smile.util.IntSet;

/**
 * The trained question detector: a Smile {@link Maxent} binomial model (logistic regression over
 * sparse binary features) plus the decision threshold tuned on validation data, and what it was
 * trained on. Immutable and thread-safe (Smile's {@code score} only reads the weights).
 */
public final class QuestionModel {
    private final Maxent.Binomial maxent;
    private final double threshold;
    private final double lambda;
    private final String description;

    /**
     * Wraps a trained Maxent model. {@code description} is a one-line note about the training run.
     */
    public QuestionModel(
            Maxent.Binomial maxent, double threshold, double lambda, String description) {
        this.maxent = Objects.requireNonNull(maxent, "maxent");
        if (maxent.dimension() != QuestionFeatures.DIMENSION) {
            throw new IllegalArgumentException(
                    "model has "
                            + maxent.dimension()
                            + " features, the feature layout needs "
                            + QuestionFeatures.DIMENSION);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        this.threshold = threshold;
        this.lambda = lambda;
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Rebuilds the Smile model from its weights ({@link QuestionFeatures#DIMENSION} + bias last).
     * Takes ownership of {@code weights} (the padding weight is forced to zero).
     */
    public static QuestionModel fromWeights(
            double[] weights, double threshold, double lambda, String description) {
        if (weights.length != QuestionFeatures.DIMENSION + 1) {
            throw new IllegalArgumentException(
                    "expected "
                            + (QuestionFeatures.DIMENSION + 1)
                            + " weights, got "
                            + weights.length);
        }
        weights[QuestionFeatures.PAD] = 0.0; // padding must never contribute
        Maxent.Binomial m = new Maxent.Binomial(weights, 0.0, lambda, IntSet.of(2));
        return new QuestionModel(m, threshold, lambda, description);
    }

    /**
     * Probability that the line is a question, for features padded with {@link
     * QuestionFeatures#PAD} to the array's length.
     */
    public double probability(int[] paddedFeatures) {
        return maxent.score(paddedFeatures);
    }

    /** Lines with {@link #probability} at or above this are questions. */
    public double threshold() {
        return threshold;
    }

    /** L2 regularisation the model was trained with. */
    public double lambda() {
        return lambda;
    }

    /** A note about the training run (corpus size, date). */
    public String description() {
        return description;
    }

    /** The weights, bias last (a copy). */
    public double[] weights() {
        return maxent.coefficients().clone();
    }
}
