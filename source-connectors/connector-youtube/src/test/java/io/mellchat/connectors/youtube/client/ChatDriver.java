package io.mellchat.connectors.youtube.client;

import static org.assertj.core.api.Assertions.fail;

import io.mellchat.connectors.youtube.reader.Emission;
import io.mellchat.connectors.youtube.reader.PollSchedule;
import io.mellchat.connectors.youtube.reader.SplitProgress;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Drives one channel through a {@link YouTubeChatApi} the way the split reader does: waits the
 * delay each poll asked for (on the reader's own {@link PollSchedule}), keeps the progress, and
 * records what would be emitted.
 */
final class ChatDriver {
    private final YouTubeChatApi api;
    private final SplitProgress progress;
    private final PollSchedule schedule = new PollSchedule();
    private final List<ChatEvent> events = new ArrayList<>();
    private final List<PollResult> results = new ArrayList<>();
    private String position = "";

    ChatDriver(YouTubeChatApi api, ChannelSpec spec) {
        this(api, spec, api.start(spec));
    }

    ChatDriver(YouTubeChatApi api, ChannelSpec spec, ChatCursor from) {
        this.api = api;
        this.progress = new SplitProgress(spec, from);
        schedule.schedule("c", Duration.ZERO);
    }

    /** Waits until the channel is due (at most {@code maxWait}) and polls it once. */
    PollResult pollOnce(Duration maxWait) throws InterruptedException {
        if (schedule.awaitDue(maxWait).isEmpty()) {
            fail("the next poll is not due within " + maxWait + "; last result: " + last());
        }
        PollResult r = api.poll(progress.spec(), progress.cursor());
        results.add(r);
        for (Emission e : progress.accept(r, Instant.now())) {
            e.eventIfAny().ifPresent(events::add);
            e.positionIfAny().ifPresent(p -> position = p);
        }
        schedule.schedule("c", r.delay());
        return r;
    }

    PollResult pollOnce() throws InterruptedException {
        return pollOnce(Duration.ofSeconds(10));
    }

    /** Polls until the condition holds, failing after {@code timeout}. */
    void pollUntil(Predicate<ChatDriver> done, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.test(this)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                fail(
                        "condition not reached within "
                                + timeout
                                + "; events "
                                + events
                                + "; last "
                                + last());
            }
            pollOnce(Duration.ofNanos(left));
        }
    }

    PollResult last() {
        return results.isEmpty() ? null : results.get(results.size() - 1);
    }

    List<PollResult> results() {
        return results;
    }

    List<ChatEvent> events() {
        return events;
    }

    List<ChatMessage> messages() {
        return events.stream()
                .filter(ChatMessage.class::isInstance)
                .map(ChatMessage.class::cast)
                .toList();
    }

    List<String> messageIds() {
        return messages().stream().map(ChatMessage::platformMessageId).toList();
    }

    List<ChannelStatusChanged> statuses() {
        return events.stream()
                .filter(ChannelStatusChanged.class::isInstance)
                .map(ChannelStatusChanged.class::cast)
                .toList();
    }

    String position() {
        return position;
    }

    ChatCursor cursor() {
        return progress.cursor();
    }
}
