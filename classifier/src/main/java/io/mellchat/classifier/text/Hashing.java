package io.mellchat.classifier.text;

/** Small non-cryptographic hashes for features and table look-ups (no strings are built). */
public final class Hashing {
    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;

    private Hashing() {}

    /** Starting value for {@link #step}. */
    public static int start() {
        return FNV_OFFSET;
    }

    /** One FNV-1a step over a UTF-16 char. */
    public static int step(int h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    /** FNV-1a of {@code a[from, to)}. */
    public static int chars(char[] a, int from, int to) {
        int h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ a[i]) * FNV_PRIME;
        }
        return h;
    }

    /** FNV-1a of a string (used when building tables). */
    public static int chars(CharSequence s) {
        int h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** MurmurHash3's 32-bit finaliser: spreads the bits of {@code h}. */
    public static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** Combines two hashes (order matters). */
    public static int combine(int a, int b) {
        return mix(a * 0x9E3779B1 + b);
    }
}
