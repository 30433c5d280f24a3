package io.mellchat.serving.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A user's search text turned into a PostgreSQL {@code tsquery} for the {@code simple}
 * configuration (no stemming, so it works alike for English, Russian, Spanish, Portuguese and
 * German): every word matches as a prefix ({@code вопрос} finds {@code вопросы}), {@code -word}
 * excludes, and {@code "two words"} must appear next to each other. Only letters and digits reach
 * the query, so no input can break its syntax.
 */
public record SearchQuery(List<String> include, List<String> exclude, List<List<String>> phrases) {

    private static final int MAX_TERMS = 16;

    public static SearchQuery parse(String text) {
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n && include.size() + exclude.size() + phrases.size() < MAX_TERMS) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                end = end < 0 ? n : end;
                List<String> words = words(text.substring(i + 1, end));
                if (words.size() == 1) {
                    include.add(words.get(0));
                } else if (!words.isEmpty()) {
                    phrases.add(words);
                }
                i = end + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                String token = text.substring(i, end);
                boolean negative = token.startsWith("-") && token.length() > 1;
                List<String> words = words(negative ? token.substring(1) : token);
                (negative ? exclude : include).addAll(words);
                i = end;
            }
        }
        return new SearchQuery(List.copyOf(include), List.copyOf(exclude), List.copyOf(phrases));
    }

    /** True when there is nothing to search for. */
    public boolean isEmpty() {
        return include.isEmpty() && phrases.isEmpty();
    }

    /** The tsquery text (for {@code to_tsquery('simple', ?)}). */
    public String toTsQuery() {
        List<String> parts = new ArrayList<>();
        for (String w : include) {
            parts.add(quote(w) + ":*");
        }
        for (List<String> p : phrases) {
            List<String> q = new ArrayList<>();
            for (String w : p) {
                q.add(quote(w));
            }
            parts.add("(" + String.join(" <-> ", q) + ")");
        }
        for (String w : exclude) {
            parts.add("!" + quote(w));
        }
        return String.join(" & ", parts);
    }

    /** The words any highlighted token must start with. */
    public List<String> highlightPrefixes() {
        List<String> all = new ArrayList<>(include);
        phrases.forEach(all::addAll);
        return all;
    }

    /** Splits text into lower-case words of letters and digits. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (int[] span : spans(text)) {
            out.add(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The UTF-16 [start, end) ranges of the words of a text. */
    public static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(new int[] {start, i});
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** Where the query's words occur in a message: [{start, end}] in UTF-16 units. */
    public List<int[]> highlights(String message) {
        List<String> prefixes = highlightPrefixes();
        List<int[]> out = new ArrayList<>();
        for (int[] span : spans(message)) {
            String w = message.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
            for (String p : prefixes) {
                if (w.startsWith(p)) {
                    out.add(span);
                    break;
                }
            }
        }
        return out;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "''").replace("\\", "") + "'";
    }
}
