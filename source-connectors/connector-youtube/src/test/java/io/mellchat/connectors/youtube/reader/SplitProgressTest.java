package io.mellchat.connectors.youtube.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.youtube.client.ChatCursor;
import io.mellchat.connectors.youtube.client.ChatItem;
import io.mellchat.connectors.youtube.client.CursorCodec;
import io.mellchat.connectors.youtube.client.PollResult;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SplitProgressTest {
    private static final ChannelSpec SPEC = ChannelSpec.parse("youtube:dQw4w9WgXcQ", "default");
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");
    private static final ChatCursor PAGE =
            ChatCursor.start(ChatCursor.API, "dQw4w9WgXcQ").withChat("chat").nextPage("A", 300, 0);
    private static final ChatCursor NEXT = PAGE.nextPage("B", 300, 0);

    private static ChatItem message(String id, Instant at) {
        return new ChatItem(
                id,
                ChatMessage.builder()
                        .platform(Platform.YOUTUBE)
                        .channel("dQw4w9WgXcQ")
                        .platformMessageId(id)
                        .username("UCa")
                        .message("m " + id)
                        .timestamp(at)
                        .build());
    }

    private static ChatItem message(String id) {
        return message(id, T0);
    }

    private static PollResult page(ChatCursor page, ChatCursor next, List<ChatItem> items) {
        return PollResult.page(
                items, page, next, Duration.ofMillis(300), ChannelStatus.LIVE, "live");
    }

    private static List<ChatEvent> events(List<Emission> emissions) {
        return emissions.stream()
                .map(Emission::event)
                .filter(e -> e instanceof ChatMessage || e instanceof MessageDeleted)
                .toList();
    }

    private static List<String> ids(List<Emission> emissions) {
        return events(emissions).stream().map(e -> ((ChatMessage) e).platformMessageId()).toList();
    }

    @Test
    void eachItemCarriesThePositionAfterItAndTheLastOneTheNextPage() {
        SplitProgress p = new SplitProgress(SPEC, PAGE);

        List<Emission> out =
                p.accept(page(PAGE, NEXT, List.of(message("a"), message("b"), message("c"))), T0);

        assertThat(ids(out)).containsExactly("a", "b", "c");
        assertThat(CursorCodec.decode(out.get(0).position()))
                .isEqualTo(PAGE.withAfter("a").withWaitMs(300));
        assertThat(CursorCodec.decode(out.get(1).position()))
                .isEqualTo(PAGE.withAfter("b").withWaitMs(300));
        assertThat(CursorCodec.decode(out.get(2).position())).isEqualTo(NEXT);
        assertThat(out.get(3).event()).isInstanceOf(ChannelStatusChanged.class);
        assertThat(out.get(3).position()).isNull();
        assertThat(p.cursor()).isEqualTo(NEXT);
    }

    @Test
    void aPageReadAgainAfterACheckpointSkipsWhatWasEmitted() {
        SplitProgress p = new SplitProgress(SPEC, PAGE.withAfter("b"));

        List<Emission> out =
                p.accept(
                        page(
                                PAGE.withAfter("b"),
                                NEXT,
                                List.of(message("a"), message("b"), message("c"))),
                        T0);

        assertThat(ids(out)).containsExactly("c");
    }

    @Test
    void whenTheCheckpointedItemIsGoneTheWholePageIsEmitted() {
        SplitProgress p = new SplitProgress(SPEC, PAGE.withAfter("zz"));

        List<Emission> out =
                p.accept(page(PAGE.withAfter("zz"), NEXT, List.of(message("a"), message("b"))), T0);

        assertThat(ids(out)).containsExactly("a", "b");
    }

    @Test
    void overlappingPagesAreDeduplicatedByMessageIdButModerationIsNot() {
        SplitProgress p = new SplitProgress(SPEC, PAGE);
        p.accept(page(PAGE, NEXT, List.of(message("a"), message("b"))), T0);
        ChatItem delete =
                new ChatItem(
                        "deleted:a",
                        new MessageDeleted(
                                Platform.YOUTUBE, "dQw4w9WgXcQ", "default", "a", "", T0));

        List<Emission> out =
                p.accept(
                        page(
                                NEXT,
                                NEXT.nextPage("C", 300, 0),
                                List.of(message("b"), message("c"), delete, delete)),
                        T0);

        assertThat(events(out)).hasSize(3);
        assertThat(events(out).get(0)).isInstanceOf(ChatMessage.class);
        assertThat(events(out).subList(1, 3)).allMatch(MessageDeleted.class::isInstance);
    }

    @Test
    void aFreshStartSkipsMessagesNotNewerThanTheLastEmittedOne() {
        long since = T0.getEpochSecond() * 1_000_000;
        ChatCursor fresh =
                ChatCursor.start(ChatCursor.API, "dQw4w9WgXcQ")
                        .withChat("chat2")
                        .nextPage("", 300, since);
        SplitProgress p = new SplitProgress(SPEC, fresh);

        List<Emission> out =
                p.accept(
                        page(
                                fresh,
                                fresh.nextPage("X", 300, 0),
                                List.of(
                                        message("old", T0.minusSeconds(5)),
                                        message("same", T0),
                                        message("new", T0.plusMillis(1)))),
                        T0);

        assertThat(ids(out)).containsExactly("new");
    }

    @Test
    void anEmptyPageStillMovesThePosition() {
        SplitProgress p = new SplitProgress(SPEC, PAGE);
        p.accept(page(PAGE, NEXT, List.of()), T0); // first status carries the position

        List<Emission> out =
                p.accept(page(NEXT, NEXT.nextPage("C", 300, 0), List.of()), T0.plusSeconds(1));

        assertThat(out)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.event()).isNull();
                            assertThat(CursorCodec.decode(e.position()).token()).isEqualTo("C");
                        });
    }

    @Test
    void statusesAreEmittedOnChangeAndDetailsRefreshedOnlyEveryFewMinutes() {
        SplitProgress p = new SplitProgress(SPEC, PAGE);
        PollResult live = page(PAGE, PAGE, List.of());
        PollResult liveOther =
                new PollResult(
                        List.of(),
                        PAGE,
                        PAGE,
                        Duration.ZERO,
                        Optional.of(new PollResult.Status(ChannelStatus.LIVE, "other detail")));
        PollResult reconnecting =
                PollResult.of(PAGE, PAGE, Duration.ZERO, ChannelStatus.RECONNECTING, "503");

        assertThat(statuses(p.accept(live, T0))).containsExactly("live");
        assertThat(statuses(p.accept(live, T0.plusSeconds(1)))).isEmpty();
        assertThat(statuses(p.accept(liveOther, T0.plusSeconds(2)))).isEmpty();
        assertThat(statuses(p.accept(liveOther, T0.plus(SplitProgress.DETAIL_REFRESH))))
                .containsExactly("live");
        assertThat(
                        statuses(
                                p.accept(
                                        reconnecting,
                                        T0.plus(SplitProgress.DETAIL_REFRESH).plusSeconds(1))))
                .containsExactly("reconnecting");
        assertThat(
                        statuses(
                                p.accept(
                                        PollResult.unchanged(PAGE, Duration.ZERO),
                                        T0.plusSeconds(900))))
                .isEmpty();
    }

    private static List<String> statuses(List<Emission> out) {
        return out.stream()
                .filter(e -> e.event() instanceof ChannelStatusChanged)
                .map(e -> ((ChannelStatusChanged) e.event()).status().id())
                .toList();
    }
}
