package io.mellchat.job.records;

/**
 * Votes per minute over the last {@code minutes} minutes of event time: a ring of one-minute
 * buckets. {@link #trending(long)} is the number of votes whose minute is still inside the window
 * at a watermark. Bounded: one int per minute of the window.
 */
public class TrendingWindow {
    /** Vote counts by minute, at index {@code minute % counts.length}. */
    public int[] counts;

    /** The minute each bucket holds (epoch minutes), to recognise stale buckets. */
    public long[] minutes;

    public TrendingWindow() {}

    public static TrendingWindow of(int minutes) {
        TrendingWindow w = new TrendingWindow();
        w.counts = new int[minutes];
        w.minutes = new long[minutes];
        return w;
    }

    /**
     * Adds a vote at an event time unless it is already outside the window at the watermark.
     *
     * @return true if it was added
     */
    public boolean add(long eventMillis, long watermarkMillis) {
        long minute = Math.floorDiv(eventMillis, 60_000L);
        if (watermarkMillis > Long.MIN_VALUE
                && minute <= Math.floorDiv(watermarkMillis, 60_000L) - counts.length) {
            return false;
        }
        int i = (int) Math.floorMod(minute, (long) counts.length);
        if (minutes[i] != minute) {
            if (minutes[i] > minute) {
                return false; // the slot holds a newer minute: this vote is too old for the window
            }
            minutes[i] = minute;
            counts[i] = 0;
        }
        counts[i]++;
        return true;
    }

    /**
     * Votes inside the window that ends at the watermark: their minute is one of the last {@code
     * minutes} minutes (or later: votes ahead of the watermark count already). Before the first
     * watermark, the window ends at the newest vote.
     */
    public int trending(long watermarkMillis) {
        long newest = Long.MIN_VALUE;
        if (watermarkMillis == Long.MIN_VALUE) {
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    newest = Math.max(newest, minutes[i]);
                }
            }
        } else {
            newest = Math.floorDiv(watermarkMillis, 60_000L);
        }
        long oldest = newest - counts.length + 1;
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && minutes[i] >= oldest) {
                sum += counts[i];
            }
        }
        return sum;
    }

    /** When the bucket of this event time leaves the window (for an event-time timer). */
    public long expiry(long eventMillis) {
        return (Math.floorDiv(eventMillis, 60_000L) + counts.length) * 60_000L;
    }

    public boolean isEmpty() {
        for (int c : counts) {
            if (c > 0) {
                return false;
            }
        }
        return true;
    }
}
