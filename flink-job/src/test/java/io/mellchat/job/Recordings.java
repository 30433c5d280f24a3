package io.mellchat.job;

import io.mellchat.connectors.replay.RecordedEvent;
import io.mellchat.model.ChatEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes recordings for tests. */
public final class Recordings {
    private final List<String> lines = new ArrayList<>();

    public Recordings add(long offsetMillis, ChatEvent e) {
        lines.add(new RecordedEvent(offsetMillis, e).toLine());
        return this;
    }

    public Path write(Path dir) throws IOException {
        Path p = dir.resolve("recording.jsonl");
        Files.write(p, lines);
        return p;
    }
}
