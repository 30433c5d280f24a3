package io.mellchat.job;

import io.mellchat.connectors.actions.RedisActionsSource;
import io.mellchat.connectors.common.ChannelDiscovery;
import io.mellchat.connectors.common.JdbcChannelDiscovery;
import io.mellchat.connectors.kick.KickSource;
import io.mellchat.connectors.kick.KickSourceOptions;
import io.mellchat.connectors.replay.ReplaySource;
import io.mellchat.connectors.twitch.TwitchSource;
import io.mellchat.connectors.twitch.TwitchSourceOptions;
import io.mellchat.connectors.youtube.YouTubeSource;
import io.mellchat.connectors.youtube.YouTubeSourceOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The real sources for a configuration: Twitch, Kick and YouTube (each reading the live channels of
 * its platform from the {@code channels} table; endpoints from their {@code MELLCHAT_*} variables),
 * the replay of a recording if one is configured, and the user actions from Redis.
 */
public final class ChatSources {
    private ChatSources() {}

    public static List<ChatJob.NamedSource> of(JobConfig config) {
        ChannelDiscovery discovery = new JdbcChannelDiscovery(config.pg());
        List<ChatJob.NamedSource> sources = new ArrayList<>();
        sources.add(
                new ChatJob.NamedSource(
                        "twitch",
                        new TwitchSource(
                                TwitchSourceOptions.fromEnv()
                                        .withDiscoveryInterval(config.discoveryInterval()),
                                discovery)));
        sources.add(
                new ChatJob.NamedSource(
                        "kick",
                        new KickSource(
                                KickSourceOptions.fromEnv(),
                                discovery,
                                config.discoveryInterval())));
        sources.add(
                new ChatJob.NamedSource(
                        "youtube",
                        new YouTubeSource(
                                YouTubeSourceOptions.fromEnv()
                                        .withDiscoveryInterval(config.discoveryInterval()),
                                discovery)));
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
