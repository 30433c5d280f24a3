package io.mellchat.job;

import io.mellchat.connectors.replay.RecordedEvent;
import io.mellchat.model.ChatEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes recordings for tests, in time order whatever the order they were added in. */
public final class Recordings {
    private final List<RecordedEvent> events = new ArrayList<>();

    public Recordings add(long offsetMillis, ChatEvent e) {
        events.add(new RecordedEvent(offsetMillis, e));
        return this;
    }

    public Path write(Path dir) throws IOException {
        Path p = dir.resolve("recording.jsonl");
        List<String> lines =
                events.stream()
                        .sorted(Comparator.comparingLong(RecordedEvent::offsetMillis))
                        .map(RecordedEvent::toLine)
                        .toList();
        Files.write(p, lines);
        return p;
    }
}
