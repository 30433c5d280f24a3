package io.mellchat.job;

import io.mellchat.connectors.actions.RedisActionsSource;
import io.mellchat.connectors.replay.ReplaySource;
import java.util.ArrayList;
import java.util.List;

/**
 * The real chat sources for a configuration: every platform (channels from PostgreSQL) and replay.
 */
public final class ChatSources {
    private ChatSources() {}

    public static List<ChatJob.NamedSource> of(JobConfig config) {
        List<ChatJob.NamedSource> sources = new ArrayList<>();
        config.replayOptions()
                .ifPresent(
                        r -> sources.add(new ChatJob.NamedSource("replay", new ReplaySource(r))));
        return sources;
    }

    /** The user actions serving writes to Redis. */
    public static RedisActionsSource actions(JobConfig config) {
        return new RedisActionsSource(config.redis().url(), config.actionsStream());
    }
}
