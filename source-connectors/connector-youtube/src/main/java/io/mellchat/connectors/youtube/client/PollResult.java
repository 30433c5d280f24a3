package io.mellchat.connectors.youtube.client;

import io.mellchat.model.ChannelStatus;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one poll of a channel gave: the items of a page (oldest first), the cursor they were read
 * with, the cursor to go on from, when to poll next, and the channel's status.
 *
 * <p>Items may repeat ones emitted before a restart. Callers skip the items up to {@code
 * page.after()} and, when the page was read from a fresh start ({@code page.token()} empty) after
 * messages were already emitted, the messages not newer than {@code page.since()}.
 *
 * @param items new chat items, oldest first
 * @param page the cursor the items were read with
 * @param next the cursor after all items
 * @param delay the wait before the next poll (never shorter than YouTube asked for)
 * @param status the channel's status now, or empty when unchanged (a poll that was cut short)
 */
public record PollResult(
        List<ChatItem> items,
        ChatCursor page,
        ChatCursor next,
        Duration delay,
        Optional<Status> status) {

    /** A channel status with the detail shown to people. */
    public record Status(ChannelStatus status, String detail) {
        public Status {
            Objects.requireNonNull(status, "status");
            detail = detail == null ? "" : detail;
        }
    }

    public PollResult {
        items = List.copyOf(items);
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(status, "status");
        delay = delay.isNegative() ? Duration.ZERO : delay;
    }

    /** A page of items with a status. */
    public static PollResult page(
            List<ChatItem> items,
            ChatCursor page,
            ChatCursor next,
            Duration delay,
            ChannelStatus s,
            String detail) {
        return new PollResult(items, page, next, delay, Optional.of(new Status(s, detail)));
    }

    /** No items; go on from {@code next} after {@code delay}. */
    public static PollResult of(
            ChatCursor page, ChatCursor next, Duration delay, ChannelStatus s, String detail) {
        return page(List.of(), page, next, delay, s, detail);
    }

    /** Nothing happened (the request was cut short); try again after {@code delay}. */
    public static PollResult unchanged(ChatCursor cursor, Duration delay) {
        return new PollResult(List.of(), cursor, cursor, delay, Optional.empty());
    }

    /** The chat is over for good: the split is finished. */
    public boolean finished() {
        return next.phase() == ChatCursor.Phase.ENDED;
    }
}
