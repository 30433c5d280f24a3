package io.mellchat.connectors.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.metrics.SimpleCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplaySplitReaderTest {
    @TempDir Path dir;
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final SimpleCounter skipped = new SimpleCounter();

    private static String message(long offset, String id, String text) {
        return "{\"offset_ms\":"
                + offset
                + ",\"type\":\"message\",\"data\":{\"platform\":\"twitch\","
                + "\"channel\":\"replay-x\",\"platform_message_id\":\""
                + id
                + "\",\"username\":\"u\","
                + "\"message\":\""
                + text
                + "\",\"timestamp\":\"2020-01-01T00:00:00Z\"}}";
    }

    private Path recording(String... lines) throws Exception {
        Path p = dir.resolve("rec.jsonl");
        Files.write(p, List.of(lines));
        return p;
    }

    private ReplaySplitReader reader(Path p, double speed, boolean loop, ReplaySplit split) {
        ReplaySplitReader r =
                new ReplaySplitReader(
                        new ReplayOptions(p.toString(), speed, loop), skipped, clock::get);
        r.handleSplitsChanges(new SplitsAddition<>(List.of(split)));
        return r;
    }

    private static List<ReplayRecord> records(RecordsWithSplitIds<ReplayRecord> batch) {
        List<ReplayRecord> out = new ArrayList<>();
        while (batch.nextSplit() != null) {
            ReplayRecord r;
            while ((r = batch.nextRecordFromSplit()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<ChatEvent> events(List<ReplayRecord> rs) {
        return rs.stream().map(ReplayRecord::event).toList();
    }

    @Test
    void emitsEachEventWhenItIsDueWithReplayTimes() throws Exception {
        Path p = recording("# comment", message(0, "m1", "a"), "", message(1000, "m2", "b"));
        ReplaySplitReader r = reader(p, 1, false, new ReplaySplit(p.toString(), 0, 0, 0));
        List<ChatEvent> first = events(records(r.fetch()));
        assertThat(first).hasSize(2);
        assertThat(first.get(0)).isInstanceOf(ChannelStatusChanged.class);
        ChatMessage m1 = (ChatMessage) first.get(1);
        assertThat(m1.platformMessageId()).isEqualTo("m1");
        assertThat(m1.timestamp()).isEqualTo(Instant.ofEpochMilli(1_000_000));
        assertThat(((ChannelStatusChanged) first.get(0)).origin()).isEqualTo("replay");

        assertThat(records(r.fetch())).isEmpty(); // m2 is due in 1 s
        clock.addAndGet(1000);
        RecordsWithSplitIds<ReplayRecord> last = r.fetch();
        assertThat(last.finishedSplits()).containsExactly("replay:" + p);
        List<ChatEvent> second = events(records(last));
        assertThat(second)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(((ChatMessage) e).platformMessageId()).isEqualTo("m2");
                            assertThat(e.timestamp()).isEqualTo(Instant.ofEpochMilli(1_001_000));
                        });
    }

    @Test
    void doubleSpeedHalvesTheWait() throws Exception {
        Path p = recording(message(0, "m1", "a"), message(1000, "m2", "b"));
        ReplaySplitReader r = reader(p, 2, false, new ReplaySplit(p.toString(), 0, 0, 0));
        records(r.fetch());
        clock.addAndGet(500);
        assertThat(events(records(r.fetch()))).hasSize(1);
    }

    @Test
    void maxSpeedEmitsEverythingAtOnceAtTheCurrentTime() throws Exception {
        Path p = recording(message(0, "m1", "a"), message(60_000, "m2", "b"));
        ReplaySplitReader r =
                reader(p, ReplayOptions.MAX_SPEED, false, new ReplaySplit(p.toString(), 0, 0, 0));
        List<ChatEvent> all = events(records(r.fetch()));
        assertThat(all).hasSize(3);
        assertThat(all.get(2).timestamp()).isEqualTo(Instant.ofEpochMilli(1_000_000));
    }

    @Test
    void loopsWithUniqueIdsPerLoop() throws Exception {
        Path p =
                recording(
                        message(0, "m1", "a"),
                        "{\"offset_ms\":10,\"type\":\"delete\",\"data\":{\"platform\":\"twitch\",\"channel\":\"replay-x\","
                                + "\"platform_message_id\":\"m1\",\"timestamp\":\"2020-01-01T00:00:00Z\"}}");
        ReplaySplitReader r =
                reader(p, ReplayOptions.MAX_SPEED, true, new ReplaySplit(p.toString(), 0, 0, 0));
        List<ChatEvent> first = events(records(r.fetch()));
        clock.addAndGet(10_000);
        List<ChatEvent> next = events(records(r.fetch()));
        List<ChatEvent> all = new ArrayList<>(first);
        all.addAll(next);
        List<String> ids =
                all.stream()
                        .filter(e -> e instanceof ChatMessage)
                        .map(e -> ((ChatMessage) e).platformMessageId())
                        .toList();
        assertThat(ids).startsWith("m1", "m1~1");
        assertThat(
                        all.stream()
                                .filter(e -> e instanceof MessageDeleted)
                                .map(e -> ((MessageDeleted) e).platformMessageId()))
                .startsWith("m1", "m1~1");
    }

    @Test
    void aRestoredSplitEmitsTheSameNextEvent() throws Exception {
        Path p = recording(message(0, "m1", "a"), message(5, "m2", "b"), message(10, "m3", "c"));
        ReplaySplitReader first =
                reader(p, ReplayOptions.MAX_SPEED, false, new ReplaySplit(p.toString(), 0, 0, 0));
        List<ReplayRecord> all = records(first.fetch());
        // checkpoint taken after m2 (the status record is first)
        ReplayRecord afterM2 = all.get(2);
        ReplaySplit checkpoint =
                new ReplaySplit(
                        p.toString(),
                        afterM2.loop(),
                        afterM2.nextLine(),
                        afterM2.loopStartMillis());
        clock.addAndGet(99_999);
        ReplaySplitReader restored = reader(p, ReplayOptions.MAX_SPEED, false, checkpoint);
        List<ChatEvent> rest = events(records(restored.fetch()));
        ChatMessage m3 = (ChatMessage) rest.get(rest.size() - 1);
        ChatMessage before = (ChatMessage) all.get(3).event();
        assertThat(m3.id()).isEqualTo(before.id());
        assertThat(m3.message()).isEqualTo(before.message());
        assertThat(rest.stream().filter(e -> e instanceof ChatMessage)).hasSize(1);
    }

    @Test
    void malformedLinesAreCountedAndSkipped() throws Exception {
        Path p =
                recording(
                        message(0, "m1", "a"),
                        "{not json",
                        "{\"offset_ms\":-1,\"type\":\"clear\"}",
                        "{\"offset_ms\":3,\"type\":\"gift\",\"data\":{}}",
                        message(5, "m2", "b"));
        ReplaySplitReader r =
                reader(p, ReplayOptions.MAX_SPEED, false, new ReplaySplit(p.toString(), 0, 0, 0));
        assertThat(events(records(r.fetch())).stream().filter(e -> e instanceof ChatMessage))
                .hasSize(2);
        assertThat(skipped.getCount()).isEqualTo(3);
    }

    @Test
    void theBundledRecordingIsValidAndCoversWhatTheDemoNeeds() throws Exception {
        List<RecordedEvent> events = new ArrayList<>();
        try (BufferedReader in = RecordingFiles.open(ReplayOptions.BUNDLED)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!RecordedEvent.isComment(line)) {
                    events.add(RecordedEvent.parse(line));
                }
            }
        }
        assertThat(events).hasSizeGreaterThan(300);
        assertThat(events)
                .extracting(e -> e.event().platform().id())
                .contains("twitch", "youtube", "kick");
        assertThat(events)
                .extracting(e -> ChatEventType.of(e.event()))
                .contains("message", "delete", "ban");
        assertThat(events.get(events.size() - 1).offsetMillis()).isGreaterThan(120_000);
        assertThat(events)
                .anySatisfy(
                        e ->
                                assertThat(e.event())
                                        .isInstanceOfSatisfying(
                                                ChatMessage.class,
                                                m -> assertThat(m.amount()).isNotNull()));
        assertThat(events)
                .anySatisfy(
                        e ->
                                assertThat(e.event())
                                        .isInstanceOfSatisfying(
                                                ChatMessage.class,
                                                m -> assertThat(m.emotes()).isNotEmpty()));
        assertThat(events)
                .anySatisfy(
                        e ->
                                assertThat(e.event())
                                        .isInstanceOfSatisfying(
                                                ChatMessage.class,
                                                m -> assertThat(m.replyTo()).isNotNull()));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).offsetMillis())
                    .isGreaterThanOrEqualTo(events.get(i - 1).offsetMillis());
        }
    }

    private static final class ChatEventType {
        static String of(ChatEvent e) {
            return io.mellchat.model.ChatJson.typeOf(e);
        }
    }
}
