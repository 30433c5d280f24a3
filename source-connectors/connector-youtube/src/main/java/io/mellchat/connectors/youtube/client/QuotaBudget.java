package io.mellchat.connectors.youtube.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Data API quota arithmetic of one reader. YouTube counts units per day and resets them at
 * midnight Pacific time; {@code liveChatMessages.list} costs {@value #LIST_COST} units, {@code
 * videos.list} and {@code channels.list} {@value #VIDEOS_COST}, and {@code search.list} draws on a
 * separate bucket of calls. The budget estimates what was spent today and stretches the polling
 * interval so that the rest lasts: with {@code n} chats polled, {@code r} units left and {@code w}
 * until the reset (or the configured horizon, if sooner), each chat is polled every {@code w × n ×
 * 5 / r}. At 10,000 units, one chat, a whole day: every 43.2 s; six hours before the reset: every
 * 10.8 s.
 */
final class QuotaBudget {
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    static final int LIST_COST = 5;
    static final int VIDEOS_COST = 1;
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final long budget;
    private final Duration horizon;
    private final int searchBudget;
    private final Clock clock;
    private final Map<String, Long> spent = new HashMap<>();
    private final Set<String> polling = new HashSet<>();
    private LocalDate day;
    private int searches;

    QuotaBudget(YouTubeClientConfig config, Clock clock) {
        this.budget = config.quotaBudget();
        this.horizon = config.quotaHorizon();
        this.searchBudget = config.searchBudget();
        this.clock = clock;
        this.day = today();
    }

    /** The quota day now (a Pacific date), as saved in cursors. */
    String day() {
        roll();
        return day.toString();
    }

    /** Counts units a channel spent; returns that channel's total today. */
    long spend(String channel, long units) {
        roll();
        return spent.merge(channel, units, Long::sum);
    }

    /** Takes over what a channel's saved cursor says it spent (after a restart). */
    void restore(String channel, String savedDay, long units) {
        roll();
        if (day.toString().equals(savedDay)) {
            spent.merge(channel, units, Math::max);
        }
    }

    /** Takes one {@code search.list} call from its daily bucket; false when none is left. */
    boolean takeSearch() {
        roll();
        if (searches >= searchBudget) {
            return false;
        }
        searches++;
        return true;
    }

    /** Whether a channel is being polled now (it shares the budget with the others). */
    void polling(String channel, boolean active) {
        if (active) {
            polling.add(channel);
        } else {
            polling.remove(channel);
        }
    }

    long spentBy(String channel) {
        roll();
        return spent.getOrDefault(channel, 0L);
    }

    long spentToday() {
        roll();
        return spent.values().stream().mapToLong(Long::longValue).sum();
    }

    long remaining() {
        return Math.max(0, budget - spentToday());
    }

    boolean exhausted() {
        return remaining() < LIST_COST;
    }

    Instant nextReset() {
        roll();
        return day.plusDays(1).atStartOfDay(PACIFIC).toInstant();
    }

    Duration untilReset() {
        return Duration.between(clock.instant(), nextReset());
    }

    /** The interval between two polls of one chat at which the remaining budget lasts. */
    Duration interval() {
        long polls = remaining() / LIST_COST;
        Duration untilReset = untilReset();
        if (polls <= 0) {
            return untilReset;
        }
        Duration window =
                horizon.isZero() || horizon.compareTo(untilReset) > 0 ? untilReset : horizon;
        return window.multipliedBy(Math.max(1, polling.size())).dividedBy(polls);
    }

    /** The status detail: what was spent, when it resets and how often chat is polled. */
    String describe(Duration interval, long serverAskedMillis) {
        return String.format(
                Locale.ROOT,
                "quota: %,d of %,d units used today (resets at midnight Pacific, %s); polling"
                        + " every %.1f s (YouTube asks %.1f s) so that the budget lasts",
                spentToday(),
                budget,
                UTC_TIME.format(nextReset()),
                interval.toMillis() / 1000.0,
                serverAskedMillis / 1000.0);
    }

    String resetText() {
        return "midnight Pacific (" + UTC_TIME.format(nextReset()) + ")";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PACIFIC);
    }

    private void roll() {
        LocalDate now = today();
        if (!now.equals(day)) {
            day = now;
            spent.clear();
            searches = 0;
        }
    }
}
