package io.mellchat.connectors.kick.client;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a {@link KickChatClient} reports. */
final class RecordingChatListener implements KickChatListener {
    record Status(ChannelStatus status, String detail) {}

    final List<ChatEvent> events = new CopyOnWriteArrayList<>();
    final List<Status> statuses = new CopyOnWriteArrayList<>();
    final List<String> skipped = new CopyOnWriteArrayList<>();
    final List<String> reconnects = new CopyOnWriteArrayList<>();
    final List<String> parseFailures = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(ChannelSpec channel, ChatEvent event) {
        events.add(event);
    }

    @Override
    public void onStatus(ChannelSpec channel, ChannelStatus status, String detail) {
        statuses.add(new Status(status, detail));
    }

    @Override
    public void onSkipped(String reason, String detail) {
        skipped.add(reason);
    }

    @Override
    public void onReconnect(ChannelSpec channel) {
        reconnects.add(channel.ref().key());
    }

    @Override
    public void onParseFailure(ChannelSpec channel) {
        parseFailures.add(channel.ref().key());
    }

    boolean hasStatus(ChannelStatus status) {
        return statuses.stream().anyMatch(s -> s.status() == status);
    }

    Status lastStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
    }
}
