package io.mellchat.classifier.train;

import io.mellchat.classifier.text.Hashing;

/**
 * Deterministic, seeded assignment of corpus groups to folds: a whole template group lands on one
 * side, so held-out lines are never paraphrases of training lines from the same template.
 */
final class Split {
    private Split() {}

    /** A number in [0, 1) fixed by the group, the seed and the salt. */
    static double position(String group, long seed, int salt) {
        int h = Hashing.combine(Hashing.chars(group), (int) (seed ^ (seed >>> 32)) + salt);
        return (h >>> 1) / (double) (1L << 31);
    }

    /** True when {@code group} belongs to the held-out fold. */
    static boolean heldOut(String group, long seed, double fraction) {
        return position(group, seed, 0x5EED) < fraction;
    }

    /** True when a training {@code group} belongs to the validation fold (threshold tuning). */
    static boolean validation(String group, long seed, double fraction) {
        return position(group, seed, 0xA11D) < fraction;
    }
}
