package io.mellchat.bench;

import io.mellchat.connectors.replay.RecordedEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A generated chat recording for the replay source: chat lines (about one in seven a question, some
 * repeated, emotes and reactions) from a few thousand viewers, round-robin over channels of Twitch,
 * YouTube and Kick, evenly spaced in time. A last line an hour later keeps the replay from looping
 * during a benchmark.
 */
final class ChatTraffic {
    private static final String[] LINES = {
        "hello chat",
        "LUL",
        "gg",
        "PogChamp that was close",
        "what keyboard are you using?",
        "nice play",
        "first time here, love the stream",
        "how long have you been streaming today?",
        "KEKW",
        "can you explain that build again?",
        "lol",
        "hi from Brazil",
        "is this ranked?",
        "W",
        "where can I find the settings you use?",
        "that's insane",
        "monkaS",
        "does this work on linux?",
        "hype hype hype",
        "o7",
    };

    private ChatTraffic() {}

    static String channel(String tag, int i) {
        return "replay-" + tag + "-" + i;
    }

    /**
     * Writes {@code messages} lines over {@code channels} channels, spread over {@code
     * durationMillis}.
     */
    static Path write(Path file, String tag, int messages, int channels, long durationMillis)
            throws IOException {
        return write(file, tag, messages, channels, durationMillis, true);
    }

    /**
     * As above; without the {@code endMarker} line the recording is exactly {@code durationMillis}
     * long, so that a looping replay repeats it back to back.
     */
    static Path write(
            Path file,
            String tag,
            int messages,
            int channels,
            long durationMillis,
            boolean endMarker)
            throws IOException {
        Platform[] platforms = Platform.values();
        Instant epoch = Instant.parse("2026-01-01T00:00:00Z");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < messages; i++) {
                int c = i % channels;
                int user = (int) ((long) i * 7919 % 5000);
                long offset = messages == 1 ? 0 : durationMillis * i / (messages - 1);
                ChatMessage m =
                        ChatMessage.builder()
                                .platform(platforms[c % platforms.length])
                                .channel(channel(tag, c))
                                .platformMessageId(tag + "-" + i)
                                .userId("u" + user)
                                .username("viewer" + user)
                                .displayName("Viewer" + user)
                                .message(LINES[(i / channels + user) % LINES.length])
                                .timestamp(epoch)
                                .build();
                w.write(new RecordedEvent(offset, m).toLine());
                w.newLine();
            }
            if (!endMarker) {
                return file;
            }
            ChatMessage last =
                    ChatMessage.builder()
                            .platform(Platform.TWITCH)
                            .channel(channel(tag, 0))
                            .platformMessageId(tag + "-end")
                            .userId("u0")
                            .username("viewer0")
                            .message("bye")
                            .timestamp(epoch)
                            .build();
            w.write(new RecordedEvent(durationMillis + 3_600_000L, last).toLine());
            w.newLine();
        }
        return file;
    }
}
