package io.mellchat.ops.testing;

import io.mellchat.connectors.replay.RecordedEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Writes a replay recording for the job's replay source ({@code --replay FILE}): {@code messages}
 * chat lines spread evenly over {@code duration}, round-robin over {@code replay-<tag>-<n>}
 * channels of Twitch, YouTube and Kick. A last line far in the future keeps the replay from looping
 * during a test, so that every test knows exactly which messages must arrive.
 */
public final class ChatRecording {
    private static final String[] TEXTS = {
        "hello chat",
        "what game is this?",
        "LUL",
        "how long have you been streaming?",
        "gg",
        "can you show the settings again?",
        "nice play",
        "PogChamp",
        "first time here, hi all",
    };

    private final String tag;
    private final int messages;
    private final int channels;

    public ChatRecording(String tag, int messages, int channels) {
        this.tag = tag;
        this.messages = messages;
        this.channels = channels;
    }

    public String channel(int i) {
        return "replay-" + tag + "-" + i;
    }

    /** What every channel name of this recording starts with. */
    public String prefix() {
        return "replay-" + tag + "-";
    }

    /** {@code platform:channel} of every channel, as serving's WebSocket takes them. */
    public List<String> refs() {
        Platform[] platforms = Platform.values();
        return java.util.stream.IntStream.range(0, channels)
                .mapToObj(c -> platforms[c % platforms.length].id() + ":" + channel(c))
                .toList();
    }

    public List<String> channelNames() {
        return java.util.stream.IntStream.range(0, channels).mapToObj(this::channel).toList();
    }

    public int messages() {
        return messages;
    }

    /** Writes the recording; messages are evenly spread over {@code durationMillis}. */
    public Path write(Path file, long durationMillis) throws IOException {
        Platform[] platforms = Platform.values();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < messages; i++) {
                int c = i % channels;
                long offset = messages == 1 ? 0 : durationMillis * i / (messages - 1);
                w.write(
                        new RecordedEvent(offset, message(platforms[c % platforms.length], c, i))
                                .toLine());
                w.newLine();
            }
            // never reached during a test: keeps the replay from starting its second loop
            w.write(
                    new RecordedEvent(
                                    durationMillis + 3_600_000L,
                                    message(Platform.TWITCH, channels, messages))
                            .toLine());
            w.newLine();
        }
        return file;
    }

    private ChatMessage message(Platform p, int channel, int i) {
        int user = i % 97;
        return ChatMessage.builder()
                .platform(p)
                .channel(channel(channel))
                .platformMessageId(tag + "-" + i)
                .userId("u" + user)
                .username("viewer" + user)
                .displayName("Viewer " + user)
                .message(TEXTS[i % TEXTS.length] + " #" + i)
                .timestamp(Instant.EPOCH)
                .build();
    }
}
