package io.mellchat.classifier.text;

import java.util.HashMap;
import java.util.Map;

/** Recognises a token that is a web link: a scheme, {@code www.}, or {@code host.tld[/path]}. */
public final class Links {
    private static final SpanTable TLDS = tlds();

    private Links() {}

    /** True when the lower-case token {@code t[0, n)} is a link. */
    public static boolean isLink(char[] t, int n) {
        if (indexOf(t, n, "://") > 0 || startsWith(t, n, "www.")) {
            return true;
        }
        int end = n;
        while (end > 0 && isTrailingPunctuation(t[end - 1])) {
            end--;
        }
        int hostEnd = 0;
        while (hostEnd < end && t[hostEnd] != '/' && t[hostEnd] != '?' && t[hostEnd] != '#') {
            hostEnd++;
        }
        int dot = -1;
        boolean letter = false;
        for (int i = 0; i < hostEnd; i++) {
            char c = t[i];
            if (c == '.') {
                if (i == 0 || t[i - 1] == '.') {
                    return false;
                }
                dot = i;
            } else if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        if (dot <= 0 || !letter || hostEnd - dot - 1 < 2) {
            return false;
        }
        return TLDS.contains(t, dot + 1, hostEnd);
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == '!' || c == '?' || c == ')' || c == ';' || c == ':';
    }

    private static boolean startsWith(char[] t, int n, String p) {
        if (n < p.length()) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            if (t[i] != p.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] t, int n, String p) {
        outer:
        for (int i = 0; i + p.length() <= n; i++) {
            for (int j = 0; j < p.length(); j++) {
                if (t[i + j] != p.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static SpanTable tlds() {
        Map<String, Integer> m = new HashMap<>();
        for (String s :
                ("com net org tv gg io be ly me co ru de br es pt uk us info xyz app dev shop store"
                                + " link fm su eu fr it nl pl ua by kz mx ar cl pe at ch tk cc ai"
                                + " gl gd sh site online live stream fun club pro top social")
                        .split(" ")) {
            m.put(s, 1);
        }
        return new SpanTable(m);
    }
}
