package io.mellchat.serving.store;

import java.util.UUID;

/** Reads the {@code upvotes} table: has this voter already voted on this item? */
public final class UpvoteStore {
    private final Db db;

    public UpvoteStore(Db db) {
        this.db = db;
    }

    public boolean voted(String type, UUID item, String voter) {
        return db.one(
                        "SELECT 1 FROM upvotes WHERE type = ? AND item_id = ? AND voter = ?",
                        ps -> {
                            ps.setString(1, type);
                            ps.setObject(2, item);
                            ps.setString(3, voter);
                        },
                        rs -> true)
                .isPresent();
    }
}
