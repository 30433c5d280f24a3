package io.mellchat.connectors.twitch.client;

import io.mellchat.model.ChannelStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link TwitchChatListener} that records everything, for tests. */
final class RecordingListener implements TwitchChatListener {

    record Status(String channel, ChannelStatus status, String detail) {}

    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<Status> statuses = new CopyOnWriteArrayList<>();
    final List<String> skips = new CopyOnWriteArrayList<>();
    final List<String> reconnects = new CopyOnWriteArrayList<>();

    @Override
    public void onChatLine(String channel, IrcMessage line, long receivedAtMillis) {
        lines.add(channel + " " + line.raw());
    }

    @Override
    public void onStatus(String channel, ChannelStatus status, String detail) {
        statuses.add(new Status(channel, status, detail));
    }

    @Override
    public void onSkipped(String channel, String reason, String detail) {
        skips.add(reason);
    }

    @Override
    public void onReconnect(String channel) {
        reconnects.add(channel);
    }

    /** The texts (last parameter) of the chat lines of a channel, in order. */
    List<String> texts(String channel) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith(channel + " ")) {
                out.add(IrcMessage.parse(l.substring(channel.length() + 1)).lastParam());
            }
        }
        return out;
    }

    List<ChannelStatus> statusesOf(String channel) {
        List<ChannelStatus> out = new ArrayList<>();
        for (Status s : statuses) {
            if (s.channel().equals(channel)) {
                out.add(s.status());
            }
        }
        return out;
    }

    Status lastStatus(String channel) {
        Status last = null;
        for (Status s : statuses) {
            if (s.channel().equals(channel)) {
                last = s;
            }
        }
        return last;
    }

    boolean is(String channel, ChannelStatus status) {
        Status s = lastStatus(channel);
        return s != null && s.status() == status;
    }
}
