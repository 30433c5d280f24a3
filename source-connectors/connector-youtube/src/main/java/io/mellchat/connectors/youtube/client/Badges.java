package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.Badge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YouTube's author badges as MellChat badges: {@code owner}, {@code moderator}, {@code member}
 * (with the membership tooltip as version and its months as count, when the web client says them)
 * and {@code verified}.
 */
final class Badges {
    private static final Pattern DURATION =
            Pattern.compile("(\\d{1,4})\\s*(month|year)", Pattern.CASE_INSENSITIVE);

    private Badges() {}

    /** From the Data API's {@code authorDetails} flags. */
    static List<Badge> ofAuthorDetails(JsonNode author) {
        List<Badge> badges = new ArrayList<>(2);
        if (author.path("isChatOwner").asBoolean(false)) {
            badges.add(Badge.of("owner"));
        }
        if (author.path("isChatModerator").asBoolean(false)) {
            badges.add(Badge.of("moderator"));
        }
        if (author.path("isChatSponsor").asBoolean(false)) {
            badges.add(Badge.of("member"));
        }
        if (author.path("isVerified").asBoolean(false)) {
            badges.add(Badge.of("verified"));
        }
        return badges;
    }

    /** From the web client's {@code authorBadges[].liveChatAuthorBadgeRenderer}. */
    static List<Badge> ofRenderers(JsonNode authorBadges) {
        if (!authorBadges.isArray() || authorBadges.isEmpty()) {
            return List.of();
        }
        List<Badge> badges = new ArrayList<>(authorBadges.size());
        for (JsonNode b : authorBadges) {
            JsonNode r = b.path("liveChatAuthorBadgeRenderer");
            String icon = r.path("icon").path("iconType").asText("");
            if (!icon.isEmpty()) {
                String type = icon.toLowerCase(Locale.ROOT);
                badges.add(Badge.of(type.equals("check_circle_thick") ? "verified" : type));
            } else if (r.has("customThumbnail")) {
                String tooltip = r.path("tooltip").asText("");
                badges.add(new Badge("member", tooltip, months(tooltip)));
            }
        }
        return badges;
    }

    /** {@code Member (6 months)} → 6, {@code Member (2 years)} → 24, otherwise 0. */
    static int months(String tooltip) {
        Matcher m = DURATION.matcher(tooltip);
        if (!m.find()) {
            return 0;
        }
        int n = Integer.parseInt(m.group(1));
        return m.group(2).equalsIgnoreCase("year") ? n * 12 : n;
    }
}
