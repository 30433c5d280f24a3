package io.mellchat.connectors.twitch.client;

import io.mellchat.model.Badge;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the {@code badges} tag ({@code <set>/<version>,...}) into {@link Badge}s. A numeric {@code
 * badge-info} entry for the same set (e.g. {@code subscriber/17}, the exact months) becomes the
 * badge's count.
 */
public final class TwitchBadges {

    private TwitchBadges() {}

    public static List<Badge> parse(String badges, String badgeInfo) {
        int n = badges.length();
        if (n == 0) {
            return List.of();
        }
        int count = 1;
        for (int i = 0; i < n; i++) {
            if (badges.charAt(i) == ',') {
                count++;
            }
        }
        Badge[] out = new Badge[count];
        int size = 0;
        int p = 0;
        while (p < n) {
            int comma = badges.indexOf(',', p);
            int end = comma < 0 ? n : comma;
            if (end > p) {
                int slash = badges.indexOf('/', p);
                String type;
                String version;
                if (slash < 0 || slash > end) {
                    type = badges.substring(p, end);
                    version = "";
                } else {
                    type = badges.substring(p, slash);
                    version = badges.substring(slash + 1, end);
                }
                if (!type.isEmpty()) {
                    out[size++] = new Badge(type, version, infoCount(badgeInfo, type));
                }
            }
            p = end + 1;
        }
        return size == out.length ? List.of(out) : List.of(Arrays.copyOf(out, size));
    }

    /** The number after {@code type/} in badge-info, or 0. */
    private static int infoCount(String info, String type) {
        if (info.isEmpty()) {
            return 0;
        }
        int p = 0;
        int n = info.length();
        while (p < n) {
            int comma = info.indexOf(',', p);
            int end = comma < 0 ? n : comma;
            int tl = type.length();
            if (end - p > tl + 1 && info.startsWith(type, p) && info.charAt(p + tl) == '/') {
                int v = 0;
                for (int i = p + tl + 1; i < end; i++) {
                    char c = info.charAt(i);
                    if (c < '0' || c > '9' || v > 100_000_000) {
                        return 0;
                    }
                    v = v * 10 + (c - '0');
                }
                return v;
            }
            p = end + 1;
        }
        return 0;
    }
}
