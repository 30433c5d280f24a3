package io.mellchat.job.functions;

import io.mellchat.classifier.TextNormalizer;
import java.util.Set;

/**
 * Recognises chat-native votes: a reply that only says "+1", "same", "this", "me too" (in the five
 * languages of the classifier) to a message counts as an upvote for the question that message
 * asked.
 */
public final class ChatVotes {
    private static final Set<String> SYMBOLS =
            Set.of("+1", "+", "++", "+++", "^", "^^", "^^^", "👍", "☝", "☝️", "⬆", "⬆️");
    private static final Set<String> PHRASES =
            Set.of(
                    "same",
                    "same question",
                    "this",
                    "this one",
                    "me too",
                    "i want to know too",
                    "good question",
                    "also want to know",
                    "up",
                    "bump",
                    "agreed",
                    "yes this",
                    "тоже",
                    "я тоже",
                    "тоже интересно",
                    "мне тоже интересно",
                    "плюс",
                    "поддерживаю",
                    "хороший вопрос",
                    "tambien",
                    "yo tambien",
                    "igual",
                    "buena pregunta",
                    "tambem",
                    "eu tambem",
                    "tambem quero saber",
                    "boa pergunta",
                    "mich auch",
                    "ich auch",
                    "gleiche frage",
                    "gute frage",
                    "das auch");

    private ChatVotes() {}

    /** True when a reply's text is a vote and nothing else. */
    public static boolean isVote(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 40) {
            return false;
        }
        // "@user +1", "+1 same question"
        t = t.replaceFirst("^@\\S+\\s*", "");
        if (SYMBOLS.contains(t)) {
            return true;
        }
        String words = TextNormalizer.normalize(t.replace("+1", " ").replace("+", " "));
        if (t.startsWith("+1") || t.startsWith("👍")) {
            return words.isEmpty() || PHRASES.contains(words);
        }
        return PHRASES.contains(words);
    }
}
