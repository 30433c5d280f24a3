package io.mellchat.classifier.rules;

import io.mellchat.classifier.Category;
import io.mellchat.classifier.Classification;
import io.mellchat.classifier.text.Lexicon;
import io.mellchat.classifier.text.MessageScan;
import java.util.Optional;

/**
 * The deterministic categories, decided from a {@link MessageScan} before the question model runs:
 * commands, links, spam (over-long lines, ASCII art, character/word flooding, copypasta shape),
 * emote-only lines and pure greetings. An empty result means "ask the question model".
 *
 * <p>Order matters and is part of the labelling guideline (corpus/README.md): a line with a link is
 * a link even if it asks something; a flood is spam even if it is made of emotes.
 */
public final class MessageRules {
    /** Longer than any platform allows in one chat line (Twitch/Kick 500, YouTube 200). */
    public static final int MAX_CHAT_CHARS = 600;

    /** One character repeated this often inside a token is flooding. */
    public static final int CHAR_FLOOD_RUN = 20;

    /** A token of one short pattern repeated ("LULLULLUL…") this long is flooding. */
    public static final int PATTERN_FLOOD_CHARS = 24;

    /** One word or emote repeated this often (and making up half the line) is flooding. */
    public static final int TOKEN_FLOOD_REPEATS = 8;

    /** Words from which a line is copypasta whatever its shape (chat questions are shorter). */
    public static final int PASTA_WORDS = 32;

    /** Braille or box-drawing characters that make a line ASCII art. */
    public static final int ART_CHARS = 8;

    private static final Optional<Classification> MODEL = Optional.empty();
    private static final Optional<Classification> EMPTY = rule(Category.GENERAL, 1.0);
    private static final Optional<Classification> COMMAND = rule(Category.COMMAND, 0.99);
    private static final Optional<Classification> LINK = rule(Category.LINK, 0.97);
    private static final Optional<Classification> FLOOD = rule(Category.SPAM, 0.95);
    private static final Optional<Classification> PASTA = rule(Category.SPAM, 0.75);
    private static final Optional<Classification> EMOTES = rule(Category.EMOTE_ONLY, 0.98);
    private static final Optional<Classification> SYMBOLS = rule(Category.GENERAL, 0.9);
    private static final Optional<Classification> GREETING = rule(Category.GREETING, 0.9);

    private MessageRules() {}

    /** The rule category of the scanned line, or empty when the question model decides. */
    public static Optional<Classification> decide(MessageScan s) {
        if (s.tokens() == 0) {
            return EMPTY;
        }
        if (s.length() > MAX_CHAT_CHARS) {
            return FLOOD;
        }
        if (s.commandPrefix()) {
            return COMMAND;
        }
        if (s.links() > 0) {
            return LINK;
        }
        if (isFlood(s)) {
            return FLOOD;
        }
        if (looksLikeCopypasta(s)) {
            return PASTA;
        }
        if (s.words() == 0) {
            // "?? KEKW" is a reaction, "KEKW 😂" is emotes only
            return s.emotes() + s.emojis() > 0 && s.questionMarks() == 0 ? EMOTES : SYMBOLS;
        }
        if (isGreeting(s)) {
            return GREETING;
        }
        return MODEL;
    }

    static boolean isFlood(MessageScan s) {
        if (s.artChars() >= ART_CHARS
                || s.maxCharRun() >= CHAR_FLOOD_RUN
                || s.periodicFloodChars() >= PATTERN_FLOOD_CHARS) {
            return true;
        }
        if (s.tokens() >= TOKEN_FLOOD_REPEATS) {
            int r = s.maxTokenRepeat();
            return r >= TOKEN_FLOOD_REPEATS && 2 * r >= s.tokens();
        }
        return false;
    }

    /** Long lines that are shouted, emote-laden or self-repeating: the shape of copypasta. */
    static boolean looksLikeCopypasta(MessageScan s) {
        int w = s.words();
        if (w >= PASTA_WORDS) {
            return true;
        }
        if (w < 5) {
            return false;
        }
        if (w < 10) {
            return s.emotes() + s.emojis() >= 8;
        }
        boolean shouted = s.letters() >= 40 && s.upperLetters() * 10 >= s.letters() * 7;
        boolean decorated = s.emotes() + s.emojis() >= 4;
        boolean repetitive = w >= 15 && s.distinctWords() * 10 <= w * 5;
        return shouted || decorated || repetitive;
    }

    /**
     * The whole line is greeting phrases and filler ("hi chat", "good morning from Brazil", "как
     * дела стример"), allowing an unknown word (a name) after a salutation, in a line of at most 8
     * words, and leaving phrases next to a greeting ("gotta go, bye chat"). A '?' is allowed with a
     * name only when the name is followed by a how-are-you phrase ("hey mell, alles gut?"): "hi,
     * zoom?" is not a greeting.
     */
    static boolean isGreeting(MessageScan s) {
        int n = s.words();
        boolean greet = false;
        boolean saluted = false;
        boolean asksHowAfterName = false;
        boolean leaving = false;
        boolean nameAllowed = n <= 8;
        int unknown = 0;
        int prevFlags = 0;
        int i = 0;
        while (i < n) {
            int matched = 0;
            int f = 0;
            for (int len = Math.min(Lexicon.MAX_PHRASE_WORDS, n - i); len >= 1; len--) {
                f = s.phraseFlags(i, len);
                if ((f & (Lexicon.GREET | Lexicon.PART)) != 0) {
                    matched = len;
                    break;
                }
            }
            // a salutation that is also a stop word counts only first ("yo chat", not "fui yo")
            if (matched == 1 && i > 0 && (f & Lexicon.STOP) != 0) {
                matched = 0;
                f = 0;
            }
            if (matched > 0) {
                // leaving ("gotta go") joins a greeting but is none on its own
                greet |= (f & Lexicon.GREET) != 0;
                leaving |= (f & Lexicon.PART) != 0;
                int flags = f | s.wordFlags(i);
                saluted |= (flags & Lexicon.SALUTE) != 0;
                asksHowAfterName |= unknown > 0 && (flags & Lexicon.HOW) != 0;
                prevFlags = flags;
                i += matched;
                continue;
            }
            f = s.wordFlags(i);
            int rest = n - i - 1;
            // "boa noite de porto alegre": a place right after the greeting or its filler ("de" is
            // also filler, and "of": "hola, nombre de la cancion" is no greeting)
            if (greet
                    && unknown == 0
                    && (prevFlags & (Lexicon.GREET | Lexicon.FILLER)) != 0
                    && (f & Lexicon.FROM) != 0
                    && rest >= 1
                    && rest <= 3
                    && s.questionMarks() == 0
                    && plainWords(s, i + 1)) {
                return true;
            }
            if ((f & Lexicon.FILLER) != 0) {
                prevFlags = f;
                i++;
                continue;
            }
            // an unknown word is a name: after a salutation ("hi mell"), or after another greeting
            // or at the end of a line that has one ("hey que tal mell", "salve salve tiago"), or
            // before a salutation in such a line ("всем привет, лёха привет"); a second name only
            // right after a salutation ("hallo jan, hallo paul"). Not last after a how-are-you
            // alone ("как ты монтируешь" asks how something is done), nor after leaving ("hey im
            // out of ammo")
            boolean named = unknown == 0 || (unknown == 1 && (prevFlags & Lexicon.SALUTE) != 0);
            boolean name =
                    nameAllowed
                            && named
                            && ((prevFlags & Lexicon.SALUTE) != 0
                                    || (saluted
                                            && !leaving
                                            && ((prevFlags & Lexicon.GREET) != 0 || rest == 0))
                                    || (saluted && rest >= 1 && salutes(s, i + 1)))
                            && (f & (Lexicon.QWORD | Lexicon.AUX | Lexicon.YOU | Lexicon.STOP))
                                    == 0;
            if (!name) {
                return false;
            }
            unknown++;
            prevFlags = f;
            i++;
        }
        // "hey mell, alles gut?" asks how mell is; in "привет как ты монтируешь?" the unknown word
        // comes after "как ты" and the line is a question
        // "going to bed?" asks; leaving with a '?' is no greeting
        return greet
                && !(leaving && s.questionMarks() > 0)
                && (unknown == 0 || s.questionMarks() == 0 || asksHowAfterName);
    }

    /** Word {@code i} is a salutation ("hi", "привет", "hola", "oi", "moin"), not a stop word. */
    private static boolean salutes(MessageScan s, int i) {
        int f = s.wordFlags(i);
        return (f & Lexicon.SALUTE) != 0 && (f & Lexicon.STOP) == 0;
    }

    /** No word from {@code from} on asks something (question word, auxiliary, "you"). */
    private static boolean plainWords(MessageScan s, int from) {
        for (int i = from; i < s.words(); i++) {
            if ((s.wordFlags(i) & (Lexicon.QWORD | Lexicon.AUX | Lexicon.YOU)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Classification> rule(Category c, double confidence) {
        return Optional.of(new Classification(c, confidence));
    }
}
