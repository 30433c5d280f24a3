package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.MessageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the web client's live-chat {@code actions} to model events: {@code addChatItemAction} with
 * the text, paid message, paid sticker, membership, gift and mode-change renderers; deletions by id
 * ({@code markChatItemAsDeletedAction}, {@code removeChatItemAction}) and by author ({@code
 * markChatItemsByAuthorAsDeletedAction}, {@code removeChatItemByAuthorAction}); held messages
 * released by {@code replaceChatItemAction}. Ticker copies, banners, polls, placeholders,
 * engagement notices and unknown actions are counted and skipped.
 */
final class InnerTubeParser {
    private static final Set<String> BANNERS =
            Set.of("addBannerToLiveChatCommand", "removeBannerForLiveChatCommand");
    private static final Set<String> POLLS =
            Set.of(
                    "showLiveChatActionPanelAction",
                    "updateLiveChatPollAction",
                    "closeLiveChatActionPanelAction");
    private static final Set<String> UI =
            Set.of(
                    "showLiveChatTooltipCommand",
                    "clickTrackingParams",
                    "liveChatReportModerationStateCommand");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final SkipCounter skips;
    private final int maxChars;

    InnerTubeParser(SkipCounter skips, int maxChars) {
        this.skips = skips;
        this.maxChars = maxChars;
    }

    /** The events of a list of actions, in order; bad actions are counted and left out. */
    List<ChatItem> parse(JsonNode actions, EventBase base) {
        List<ChatItem> out = new ArrayList<>(actions.size());
        for (JsonNode action : actions) {
            try {
                action(action, base, out);
            } catch (RuntimeException e) {
                skips.skipped("malformed_action", e + ": " + action);
            }
        }
        return out;
    }

    private void action(JsonNode action, EventBase base, List<ChatItem> out) {
        if (action.has("addChatItemAction")) {
            renderer(action.path("addChatItemAction").path("item"), base).ifPresent(out::add);
        } else if (action.has("replaceChatItemAction")) {
            renderer(action.path("replaceChatItemAction").path("replacementItem"), base)
                    .ifPresent(out::add);
        } else if (action.has("markChatItemAsDeletedAction")
                || action.has("removeChatItemAction")) {
            JsonNode a =
                    action.has("markChatItemAsDeletedAction")
                            ? action.path("markChatItemAsDeletedAction")
                            : action.path("removeChatItemAction");
            String target = a.path("targetItemId").asText("");
            if (target.isEmpty()) {
                skips.skipped("malformed_action", "deletion without a target: " + action);
                return;
            }
            out.add(new ChatItem("deleted:" + target, base.deleted(target, "", base.receivedAt())));
        } else if (action.has("markChatItemsByAuthorAsDeletedAction")
                || action.has("removeChatItemByAuthorAction")) {
            JsonNode a =
                    action.has("markChatItemsByAuthorAsDeletedAction")
                            ? action.path("markChatItemsByAuthorAsDeletedAction")
                            : action.path("removeChatItemByAuthorAction");
            String author = a.path("externalChannelId").asText("");
            if (author.isEmpty()) {
                skips.skipped("malformed_action", "ban without an author: " + action);
                return;
            }
            // the web client does not tell a ban from a timeout: both hide the author's messages
            String reason = RunsText.plain(a.path("deletedStateMessage"));
            out.add(
                    new ChatItem(
                            "banned:" + author, base.banned(author, 0, reason, base.receivedAt())));
        } else if (action.has("replayChatItemAction")) {
            for (JsonNode inner : action.path("replayChatItemAction").path("actions")) {
                action(inner, base, out);
            }
        } else if (action.has("addLiveChatTickerItemAction")) {
            skips.skipped("ticker", "ticker copy");
        } else {
            String name = action.fieldNames().hasNext() ? action.fieldNames().next() : "";
            if (BANNERS.contains(name)) {
                skips.skipped("banner", name);
            } else if (POLLS.contains(name)) {
                skips.skipped("poll", name);
            } else if (UI.contains(name) && action.size() == 1) {
                skips.skipped("ui_action", name);
            } else {
                skips.skipped("unknown_action", action.toString());
            }
        }
    }

    private Optional<ChatItem> renderer(JsonNode item, EventBase base) {
        String kind = item.fieldNames().hasNext() ? item.fieldNames().next() : "";
        JsonNode r = item.path(kind);
        switch (kind) {
            case "liveChatTextMessageRenderer":
                return message(r, base, MessageKind.CHAT, RunsText.of(r.path("message")), Map.of());
            case "liveChatPaidMessageRenderer":
                return paid(r, base, RunsText.of(r.path("message")));
            case "liveChatPaidStickerRenderer":
                {
                    String label =
                            r.path("sticker")
                                    .path("accessibility")
                                    .path("accessibilityData")
                                    .path("label")
                                    .asText("sticker");
                    String url = RunsText.largestImage(r.path("sticker"));
                    List<Emote> sticker =
                            List.of(new Emote("sticker", label, 0, label.length(), url));
                    return paid(r, base, new RunsText(label, sticker));
                }
            case "liveChatMembershipItemRenderer":
                return membership(r, base);
            case "liveChatSponsorshipsGiftPurchaseAnnouncementRenderer":
                {
                    JsonNode h = r.path("header").path("liveChatSponsorshipsHeaderRenderer");
                    String text = RunsText.plain(h.path("primaryText"));
                    Matcher count = DIGITS.matcher(text);
                    return message(
                            r,
                            base,
                            MessageKind.SUBSCRIPTION,
                            new RunsText(text, List.of()),
                            Map.of(
                                    "membership",
                                    "gift",
                                    "gift_count",
                                    count.find() ? count.group() : ""),
                            h.path("authorName"),
                            h.path("authorBadges"));
                }
            case "liveChatSponsorshipsGiftRedemptionAnnouncementRenderer":
                return message(
                        r,
                        base,
                        MessageKind.SUBSCRIPTION,
                        RunsText.of(r.path("message")),
                        Map.of("membership", "gift_received"));
            case "liveChatModeChangeMessageRenderer":
            case "liveChatDonationAnnouncementRenderer":
                {
                    String text = RunsText.plain(r.path("text"));
                    String sub = RunsText.plain(r.path("subtext"));
                    String all = sub.isEmpty() ? text : text.isEmpty() ? sub : text + ". " + sub;
                    return message(
                            r, base, MessageKind.SYSTEM, new RunsText(all, List.of()), Map.of());
                }
            case "liveChatViewerEngagementMessageRenderer":
                skips.skipped("engagement_message", r.path("id").asText(""));
                return Optional.empty();
            case "liveChatPlaceholderItemRenderer":
                skips.skipped("placeholder", r.path("id").asText(""));
                return Optional.empty();
            default:
                skips.skipped("unknown_renderer", kind + ": " + item);
                return Optional.empty();
        }
    }

    private Optional<ChatItem> membership(JsonNode r, EventBase base) {
        RunsText comment = RunsText.of(r.path("message"));
        String primary = RunsText.plain(r.path("headerPrimaryText"));
        String sub = RunsText.plain(r.path("headerSubtext"));
        boolean milestone = !primary.isEmpty();
        Matcher months = DIGITS.matcher(primary);
        RunsText text =
                !comment.text().isEmpty()
                        ? comment
                        : new RunsText(milestone ? primary : sub, List.of());
        return message(
                r,
                base,
                MessageKind.SUBSCRIPTION,
                text,
                Map.of(
                        "membership",
                        milestone ? "milestone" : "new",
                        "months",
                        milestone && months.find() ? months.group() : "",
                        "member_level",
                        milestone ? sub : ""));
    }

    private Optional<ChatItem> paid(JsonNode r, EventBase base, RunsText text) {
        String amountText = RunsText.plain(r.path("purchaseAmountText"));
        RunsText shown = text.text().isEmpty() ? new RunsText(amountText, List.of()) : text;
        return message(r, base, MessageKind.PAID, shown, Map.of("amount_text", amountText))
                .map(
                        ci ->
                                new ChatItem(
                                        ci.key(),
                                        ((ChatMessage) ci.event())
                                                .toBuilder()
                                                        .amount(
                                                                Money.parse(amountText)
                                                                        .orElse(null))
                                                        .build()));
    }

    private Optional<ChatItem> message(
            JsonNode r, EventBase base, MessageKind kind, RunsText text, Map<String, String> meta) {
        return message(r, base, kind, text, meta, r.path("authorName"), r.path("authorBadges"));
    }

    private Optional<ChatItem> message(
            JsonNode r,
            EventBase base,
            MessageKind kind,
            RunsText text,
            Map<String, String> meta,
            JsonNode authorName,
            JsonNode badges) {
        String id = r.path("id").asText("");
        if (id.isEmpty()) {
            skips.skipped("malformed_action", "chat item without an id: " + r);
            return Optional.empty();
        }
        if (text.text().length() > maxChars) {
            skips.skipped("too_long", text.text().length() + " chars in " + id);
            return Optional.empty();
        }
        Map<String, String> m = new HashMap<>(meta);
        m.values().removeIf(String::isEmpty);
        ChatMessage msg =
                base.message(
                                id,
                                r.path("authorExternalChannelId").asText(""),
                                RunsText.plain(authorName),
                                time(r.path("timestampUsec"), base.receivedAt()))
                        .kind(kind)
                        .message(text.text())
                        .emotes(text.emotes())
                        .badges(Badges.ofRenderers(badges))
                        .meta(m)
                        .build();
        return Optional.of(new ChatItem(id, msg));
    }

    /** {@code timestampUsec}: epoch microseconds, as a string or a number. */
    static Instant time(JsonNode usec, Instant fallback) {
        long us;
        if (usec.isNumber()) {
            us = usec.asLong();
        } else {
            try {
                us = Long.parseLong(usec.asText(""));
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return us <= 0 ? fallback : Instant.ofEpochSecond(us / 1_000_000, (us % 1_000_000) * 1_000);
    }
}
