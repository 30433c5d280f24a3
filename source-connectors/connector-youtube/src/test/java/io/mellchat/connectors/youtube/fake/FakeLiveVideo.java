package io.mellchat.connectors.youtube.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live video of the fake with its chat. Tests add chat events (each returns its message id) and
 * end the stream; the server renders them as Data API pages and as web client actions.
 */
public final class FakeLiveVideo {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RFC3339 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final String videoId;
    private final String liveChatId;
    private final List<FakeChatItem> items = new ArrayList<>();
    private boolean ended;
    private boolean chatDisabled;
    private Instant endedAt;

    FakeLiveVideo(String videoId) {
        this.videoId = videoId;
        this.liveChatId = "Cg0KC" + videoId + "KicKGFVD";
    }

    public String videoId() {
        return videoId;
    }

    public String liveChatId() {
        return liveChatId;
    }

    /** A plain text message; returns its id. */
    public String text(String authorChannelId, String authorName, String text) {
        return text(FakeAuthor.viewer(authorChannelId, authorName), text);
    }

    public String text(FakeAuthor author, String text) {
        String id = nextId();
        Instant at = now();
        ObjectNode data = dataItem(id, "textMessageEvent", author, at, text);
        ((ObjectNode) data.path("snippet"))
                .putObject("textMessageDetails")
                .put("messageText", text);
        ObjectNode r = renderer(id, author, at);
        r.putObject("message").putArray("runs").addObject().put("text", text);
        return add(new FakeChatItem(id, data, addChatItem("liveChatTextMessageRenderer", r)));
    }

    /** A Super Chat: {@code amountText} as shown ({@code $5.00}), amount and ISO currency. */
    public String superChat(
            FakeAuthor author,
            long amountMicros,
            String currency,
            String amountText,
            String comment) {
        String id = nextId();
        Instant at = now();
        ObjectNode data =
                dataItem(
                        id,
                        "superChatEvent",
                        author,
                        at,
                        amountText + " from " + author.name() + ": \"" + comment + "\"");
        ((ObjectNode) data.path("snippet"))
                .putObject("superChatDetails")
                .put("amountMicros", Long.toString(amountMicros))
                .put("currency", currency)
                .put("amountDisplayString", amountText)
                .put("userComment", comment)
                .put("tier", 2);
        ObjectNode r = renderer(id, author, at);
        r.putObject("purchaseAmountText").put("simpleText", amountText);
        r.putObject("message").putArray("runs").addObject().put("text", comment);
        r.put("headerBackgroundColor", 4278239141L);
        return add(new FakeChatItem(id, data, addChatItem("liveChatPaidMessageRenderer", r)));
    }

    /** A new member. */
    public String newMember(FakeAuthor author) {
        String id = nextId();
        Instant at = now();
        ObjectNode data = dataItem(id, "newSponsorEvent", author, at, "Welcome to the channel!");
        ((ObjectNode) data.path("snippet"))
                .putObject("newSponsorDetails")
                .put("memberLevelName", "Member")
                .put("isUpgrade", false);
        ObjectNode r = renderer(id, author, at);
        r.putObject("headerSubtext")
                .putArray("runs")
                .addObject()
                .put("text", "Welcome to the channel!");
        return add(new FakeChatItem(id, data, addChatItem("liveChatMembershipItemRenderer", r)));
    }

    /** A moderator deleted a message. */
    public String delete(String messageId) {
        String id = nextId();
        ObjectNode data =
                dataItem(id, "messageDeletedEvent", moderator(), now(), "A message was deleted");
        ((ObjectNode) data.path("snippet"))
                .putObject("messageDeletedDetails")
                .put("deletedMessageId", messageId);
        ObjectNode web = JSON.createObjectNode();
        ObjectNode a = web.putObject("markChatItemAsDeletedAction");
        a.putObject("deletedStateMessage")
                .putArray("runs")
                .addObject()
                .put("text", "[message deleted]");
        a.put("targetItemId", messageId);
        return add(new FakeChatItem(id, data, web));
    }

    /** A moderator banned ({@code seconds} 0) or timed out an author. */
    public String ban(String authorChannelId, long seconds) {
        String id = nextId();
        ObjectNode data = dataItem(id, "userBannedEvent", moderator(), now(), "X has been banned");
        ObjectNode d = ((ObjectNode) data.path("snippet")).putObject("userBannedDetails");
        d.putObject("bannedUserDetails").put("channelId", authorChannelId).put("displayName", "X");
        d.put("banType", seconds == 0 ? "permanent" : "temporary");
        if (seconds > 0) {
            d.put("banDurationSeconds", Long.toString(seconds));
        }
        ObjectNode web = JSON.createObjectNode();
        ObjectNode a = web.putObject("markChatItemsByAuthorAsDeletedAction");
        a.putObject("deletedStateMessage")
                .putArray("runs")
                .addObject()
                .put("text", "[message deleted]");
        a.put("externalChannelId", authorChannelId);
        return add(new FakeChatItem(id, data, web));
    }

    /** Any event, given in both forms. */
    public synchronized String raw(String id, ObjectNode dataApi, ObjectNode webAction) {
        return add(new FakeChatItem(id, dataApi, webAction));
    }

    /** The stream ends: the chat answers its end and the video loses its live chat. */
    public synchronized void end() {
        ended = true;
        endedAt = now();
    }

    public synchronized void disableChat() {
        chatDisabled = true;
    }

    public synchronized boolean ended() {
        return ended;
    }

    synchronized boolean chatDisabled() {
        return chatDisabled;
    }

    synchronized Instant endedAt() {
        return endedAt;
    }

    public synchronized int size() {
        return items.size();
    }

    /** The ids of the chat messages so far (not deletions or bans), in order. */
    public synchronized List<String> messageIds() {
        List<String> ids = new ArrayList<>();
        for (FakeChatItem i : items) {
            String type = i.dataApi().path("snippet").path("type").asText();
            if (!type.equals("messageDeletedEvent") && !type.equals("userBannedEvent")) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    synchronized List<FakeChatItem> items(int from, int max) {
        int start = Math.max(0, Math.min(from, items.size()));
        return List.copyOf(items.subList(start, Math.min(items.size(), start + max)));
    }

    static String rfc3339(Instant t) {
        return RFC3339.format(t);
    }

    private synchronized String add(FakeChatItem item) {
        items.add(item);
        return item.id();
    }

    private String nextId() {
        return "LCC." + videoId + "." + SEQ.incrementAndGet();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static FakeAuthor moderator() {
        return FakeAuthor.viewer("UCmoderator000000000000", "Mod").asModerator();
    }

    private ObjectNode dataItem(
            String id, String type, FakeAuthor author, Instant at, String display) {
        ObjectNode item = JSON.createObjectNode();
        item.put("kind", "youtube#liveChatMessage").put("etag", "e" + id).put("id", id);
        item.putObject("snippet")
                .put("type", type)
                .put("liveChatId", liveChatId)
                .put("authorChannelId", author.channelId())
                .put("publishedAt", rfc3339(at))
                .put("hasDisplayContent", true)
                .put("displayMessage", display);
        item.putObject("authorDetails")
                .put("channelId", author.channelId())
                .put("channelUrl", "http://www.youtube.com/channel/" + author.channelId())
                .put("displayName", author.name())
                .put("isVerified", author.verified())
                .put("isChatOwner", author.owner())
                .put("isChatSponsor", author.member())
                .put("isChatModerator", author.moderator());
        return item;
    }

    private static ObjectNode renderer(String id, FakeAuthor author, Instant at) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id);
        r.put(
                "timestampUsec",
                Long.toString(at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000));
        r.put("authorExternalChannelId", author.channelId());
        r.putObject("authorName").put("simpleText", author.name());
        ArrayNode badges = JSON.createArrayNode();
        if (author.owner()) {
            badges.addObject()
                    .putObject("liveChatAuthorBadgeRenderer")
                    .putObject("icon")
                    .put("iconType", "OWNER");
        }
        if (author.moderator()) {
            badges.addObject()
                    .putObject("liveChatAuthorBadgeRenderer")
                    .putObject("icon")
                    .put("iconType", "MODERATOR");
        }
        if (author.member()) {
            ObjectNode b = badges.addObject().putObject("liveChatAuthorBadgeRenderer");
            b.putObject("customThumbnail")
                    .putArray("thumbnails")
                    .addObject()
                    .put("url", "https://yt3.example/badge");
            b.put("tooltip", "Member (6 months)");
        }
        if (author.verified()) {
            badges.addObject()
                    .putObject("liveChatAuthorBadgeRenderer")
                    .putObject("icon")
                    .put("iconType", "VERIFIED");
        }
        if (!badges.isEmpty()) {
            r.set("authorBadges", badges);
        }
        return r;
    }

    private static ObjectNode addChatItem(String rendererName, ObjectNode renderer) {
        ObjectNode action = JSON.createObjectNode();
        action.putObject("addChatItemAction").putObject("item").set(rendererName, renderer);
        return action;
    }
}
