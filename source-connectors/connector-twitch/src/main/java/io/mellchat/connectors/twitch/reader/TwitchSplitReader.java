package io.mellchat.connectors.twitch.reader;

import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.QueueingSplitReader;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.twitch.TwitchSourceOptions;
import io.mellchat.connectors.twitch.client.DuplicateFilter;
import io.mellchat.connectors.twitch.client.IrcMessage;
import io.mellchat.connectors.twitch.client.SkipReasons;
import io.mellchat.connectors.twitch.client.TwitchChatClient;
import io.mellchat.connectors.twitch.client.TwitchChatListener;
import io.mellchat.connectors.twitch.client.TwitchEventMapper;
import io.mellchat.connectors.twitch.client.TwitchIrcClient;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Platform;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the Twitch channels of one subtask: joins and parts them on a {@link TwitchChatClient},
 * maps their chat lines to events, drops duplicates (same id, or a Shared Chat copy of a message
 * already read), and hands events and channel statuses to Flink. Runs the protocol on the client's
 * threads; {@link #fetch()} drains the queue they fill.
 */
public final class TwitchSplitReader extends QueueingSplitReader implements TwitchChatListener {

    private final TwitchChatClient client;
    private final TwitchEventMapper mapper = new TwitchEventMapper();
    private final DuplicateFilter duplicates;
    private final SourceMetrics metrics;

    public TwitchSplitReader(TwitchSourceOptions options, SourceMetrics metrics, String name) {
        this.metrics = metrics;
        this.duplicates = new DuplicateFilter(options.duplicateWindow());
        this.client = TwitchIrcClient.create(options.client(), this, name);
    }

    @Override
    protected void subscribe(ChannelSplit split) {
        client.join(split.spec().ref().channel());
    }

    @Override
    protected void unsubscribe(ChannelSplit split) {
        client.part(split.spec().ref().channel());
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public void onChatLine(String channel, IrcMessage line, long receivedAtMillis)
            throws InterruptedException {
        ChannelSplit split = splits().get(splitId(channel));
        if (split == null) {
            return; // removed meanwhile
        }
        Mapped out = new Mapped();
        mapper.map(split.spec(), line, Instant.ofEpochMilli(receivedAtMillis), out);
        if (out.skipReason != null) {
            metrics.skipped(out.skipReason, channel + ": " + out.skipDetail);
            if (SkipReasons.INCOMPLETE_EVENT.equals(out.skipReason)) {
                metrics.parseFailure(channel);
            }
            return;
        }
        Optional<String> duplicate = duplicates.check(out.event);
        if (duplicate.isPresent()) {
            metrics.skipped(duplicate.get(), channel + ": " + line.tagOr("id", line.raw()));
            return;
        }
        if (out.event instanceof ChatMessage) {
            metrics.message(channel, Instant.ofEpochMilli(receivedAtMillis));
        }
        emit(split.splitId(), out.event);
    }

    @Override
    public void onStatus(String channel, ChannelStatus status, String detail)
            throws InterruptedException {
        ChannelSplit split = splits().get(splitId(channel));
        if (split != null) {
            emitStatus(split, status, detail);
        }
    }

    @Override
    public void onSkipped(String channel, String reason, String detail) {
        metrics.skipped(reason, channel.isEmpty() ? detail : channel + ": " + detail);
        if (!channel.isEmpty() && SkipReasons.MALFORMED_LINE.equals(reason)) {
            metrics.parseFailure(channel);
        }
    }

    @Override
    public void onReconnect(String channel) {
        metrics.reconnect(channel);
    }

    private static String splitId(String channel) {
        return Platform.TWITCH.id() + ":" + channel;
    }

    /** The mapper's outcome for one line. */
    private static final class Mapped implements TwitchEventMapper.Output {
        ChatEvent event;
        String skipReason;
        String skipDetail;

        @Override
        public void event(ChatEvent e) {
            event = e;
        }

        @Override
        public void skipped(String reason, String detail) {
            skipReason = reason;
            skipDetail = detail;
        }
    }
}
