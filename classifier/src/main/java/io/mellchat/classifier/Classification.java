package io.mellchat.classifier;

import java.util.Objects;

/**
 * The category of one chat line and the classifier's confidence in it, in {@code [0, 1]}. For
 * {@link Category#QUESTION} the confidence is the model's probability that the line is a question;
 * for {@link Category#GENERAL} it is one minus that probability; rule categories carry a fixed
 * confidence that reflects how reliable the rule is.
 */
public record Classification(Category category, double confidence) {
    public Classification {
        Objects.requireNonNull(category, "category");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** True for {@link Category#QUESTION}. */
    public boolean isQuestion() {
        return category == Category.QUESTION;
    }
}
