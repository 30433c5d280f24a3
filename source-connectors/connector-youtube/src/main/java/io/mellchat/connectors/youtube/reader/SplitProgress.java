package io.mellchat.connectors.youtube.reader;

import io.mellchat.connectors.youtube.client.ChatCursor;
import io.mellchat.connectors.youtube.client.ChatItem;
import io.mellchat.connectors.youtube.client.CursorCodec;
import io.mellchat.connectors.youtube.client.PollResult;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The progress of one channel while it is read: its cursor, the message ids recently emitted, and
 * its last status. Turns each {@link PollResult} into {@link Emission}s:
 *
 * <ul>
 *   <li>items already emitted are skipped: those up to the page's {@code after} item (a checkpoint
 *       taken in the middle of a page), messages seen recently (overlapping pages), and, on a page
 *       read from a fresh start, messages not newer than the newest one emitted before;
 *   <li>each item carries the position right after it, the last one the cursor of the next page, so
 *       that a restart from any checkpoint resumes exactly after the last emitted item;
 *   <li>a status is emitted when it changes, or when only its detail changed and the last one is
 *       older than {@link #DETAIL_REFRESH}.
 * </ul>
 */
public final class SplitProgress {
    static final Duration DETAIL_REFRESH = Duration.ofMinutes(5);
    private static final int SEEN_CAPACITY = 5_000;

    private final ChannelSpec spec;
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private ChatCursor cursor;
    private ChannelStatus lastStatus;
    private String lastDetail = "";
    private Instant lastStatusAt = Instant.EPOCH;

    public SplitProgress(ChannelSpec spec, ChatCursor cursor) {
        this.spec = Objects.requireNonNull(spec);
        this.cursor = Objects.requireNonNull(cursor);
    }

    public ChatCursor cursor() {
        return cursor;
    }

    public ChannelSpec spec() {
        return spec;
    }

    /** The emissions of a poll, in order; moves the cursor on. */
    public List<Emission> accept(PollResult r, Instant now) {
        List<ChatItem> items = fresh(r);
        List<Emission> out = new ArrayList<>(items.size() + 1);
        String nextPosition = cursor.equals(r.next()) ? null : CursorCodec.encode(r.next());
        // positions inside the page re-read it, after the wait YouTube asked for last
        CursorCodec page =
                items.size() > 1
                        ? CursorCodec.forPage(r.page().withWaitMs(r.next().waitMs()))
                        : null;
        for (int i = 0; i < items.size(); i++) {
            ChatItem item = items.get(i);
            boolean last = i == items.size() - 1;
            String position = last ? CursorCodec.encode(r.next()) : page.afterItem(item.key());
            out.add(new Emission(item.event(), position));
            if (item.event() instanceof ChatMessage) {
                remember(item.key());
            }
        }
        r.status()
                .ifPresent(
                        s -> {
                            if (changed(s, now)) {
                                boolean carries = items.isEmpty() && nextPosition != null;
                                out.add(
                                        new Emission(
                                                ChannelStatusChanged.of(
                                                        spec, s.status(), s.detail(), now),
                                                carries ? nextPosition : null));
                                lastStatus = s.status();
                                lastDetail = s.detail();
                                lastStatusAt = now;
                            }
                        });
        boolean positioned = out.stream().anyMatch(e -> e.position() != null);
        if (!positioned && nextPosition != null) {
            out.add(new Emission(null, nextPosition));
        }
        cursor = r.next();
        return out;
    }

    /** Replaces the cursor without emitting (a restored or reset position). */
    public void reset(ChatCursor c) {
        cursor = c;
    }

    private List<ChatItem> fresh(PollResult r) {
        List<ChatItem> items = r.items();
        String after = r.page().after();
        if (!after.isEmpty()) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).key().equals(after)) {
                    items = items.subList(i + 1, items.size());
                    break;
                }
            }
        }
        boolean freshStart = r.page().token().isEmpty() && r.page().since() > 0;
        List<ChatItem> out = new ArrayList<>(items.size());
        for (ChatItem i : items) {
            if (i.event() instanceof ChatMessage) {
                if (seen.contains(i.key())) {
                    continue;
                }
                if (freshStart && micros(i.event().timestamp()) <= r.page().since()) {
                    continue;
                }
            }
            out.add(i);
        }
        return out;
    }

    private boolean changed(PollResult.Status s, Instant now) {
        if (s.status() != lastStatus) {
            return true;
        }
        return !s.detail().equals(lastDetail)
                && Duration.between(lastStatusAt, now).compareTo(DETAIL_REFRESH) >= 0;
    }

    private void remember(String id) {
        if (seen.add(id) && seen.size() > SEEN_CAPACITY) {
            seen.remove(seen.iterator().next());
        }
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
    }
}
