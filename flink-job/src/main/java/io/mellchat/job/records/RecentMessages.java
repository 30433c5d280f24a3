package io.mellchat.job.records;

import java.util.ArrayList;
import java.util.List;

/** A bounded ring of the latest platform message ids (of a channel or of one user in it). */
public class RecentMessages {
    public String[] ids;
    public int size;
    public int next;

    /** When the newest id was added (processing time), for expiry. */
    public long lastMillis;

    public RecentMessages() {}

    public static RecentMessages withCapacity(int capacity) {
        RecentMessages r = new RecentMessages();
        r.ids = new String[capacity];
        return r;
    }

    public void add(String id, long now) {
        add(id);
        lastMillis = now;
    }

    public void add(String id) {
        ids[next] = id;
        next = (next + 1) % ids.length;
        size = Math.min(size + 1, ids.length);
    }

    /** Oldest first. */
    public List<String> list() {
        List<String> out = new ArrayList<>(size);
        int start = (next - size + ids.length) % ids.length;
        for (int i = 0; i < size; i++) {
            out.add(ids[(start + i) % ids.length]);
        }
        return out;
    }
}
