package io.mellchat.connectors.twitch.client;

import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drops chat messages already delivered: Twitch may send a line twice ("It may also send a message
 * multiple times", TW-DOC), and Shared Chat mirrors one message into every combined channel with a
 * new {@code id} but the same {@code source-id}. The key is the {@code source-id} when present,
 * else the message id; the most recent {@code capacity} keys are remembered. Other events pass
 * (they are idempotent). Thread-safe.
 */
public final class DuplicateFilter {

    private final Map<String, String> recent;

    public DuplicateFilter(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.recent =
                new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                        return size() > capacity;
                    }
                };
    }

    /**
     * Empty when {@code event} should be delivered, else the skip reason ({@link
     * SkipReasons#DUPLICATE} or {@link SkipReasons#SHARED_CHAT_DUPLICATE}).
     */
    public Optional<String> check(ChatEvent event) {
        if (!(event instanceof ChatMessage)) {
            return Optional.empty();
        }
        ChatMessage m = (ChatMessage) event;
        String sourceId = m.meta().getOrDefault("source_id", "");
        String key = sourceId.isEmpty() ? m.platformMessageId() : sourceId;
        String seenId;
        synchronized (recent) {
            seenId = recent.putIfAbsent(key, m.platformMessageId());
        }
        if (seenId == null) {
            return Optional.empty();
        }
        return Optional.of(
                seenId.equals(m.platformMessageId())
                        ? SkipReasons.DUPLICATE
                        : SkipReasons.SHARED_CHAT_DUPLICATE);
    }
}
