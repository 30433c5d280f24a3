package io.mellchat.job.records;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * The running counts of one stats window: messages, questions, upvotes, the distinct chatters and
 * the per-category counts. Serialized by {@link StatsAccumulatorSerializer} (sets and maps must not
 * fall back to Kryo).
 */
@TypeInfo(StatsAccumulatorSerializer.Factory.class)
public final class StatsAccumulator {
    public int messages;
    public int questions;
    public int upvotes;
    public final Set<String> chatters = new HashSet<>();
    public final Map<String, Integer> categories = new HashMap<>();

    /** One message of {@code who} in {@code category} (none when empty). */
    public void addMessage(String who, String category) {
        messages++;
        chatters.add(who);
        if ("question".equals(category)) {
            questions++;
        }
        if (category != null && !category.isEmpty()) {
            categories.merge(category, 1, Integer::sum);
        }
    }

    /** Counts what {@code e} counted. */
    public void add(StatsEvent e) {
        merge(e.counts);
    }

    public StatsAccumulator merge(StatsAccumulator other) {
        messages += other.messages;
        questions += other.questions;
        upvotes += other.upvotes;
        chatters.addAll(other.chatters);
        other.categories.forEach((k, v) -> categories.merge(k, v, Integer::sum));
        return this;
    }
}
