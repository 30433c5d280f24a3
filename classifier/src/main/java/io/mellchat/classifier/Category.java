package io.mellchat.classifier;

import java.util.Locale;
import java.util.Optional;

/** What a chat line is. The lower-case {@link #id()} is the public name (JSON, SQL, metrics). */
public enum Category {
    /** Something the streamer could answer: setup, game, plans, personal, "how do you…". */
    QUESTION("question"),
    /** Hello, goodbye, "how are you". */
    GREETING("greeting"),
    /** A bot command: {@code !uptime}, {@code !song}. */
    COMMAND("command"),
    /** Only emotes, emoticons or emoji. */
    EMOTE_ONLY("emote_only"),
    /** Contains a web link. */
    LINK("link"),
    /** Copypasta, ASCII art, character or word flooding within one line. */
    SPAM("spam"),
    /** Everything else, including reactions phrased as questions ("wtf?", "bro what?"). */
    GENERAL("general");

    private static final Category[] VALUES = values();

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The public lower-case name. */
    public String id() {
        return id;
    }

    /** The category named {@code id} (case-insensitive), if any. */
    public static Optional<Category> fromId(String id) {
        String k = id.trim().toLowerCase(Locale.ROOT);
        for (Category c : VALUES) {
            if (c.id.equals(k)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
