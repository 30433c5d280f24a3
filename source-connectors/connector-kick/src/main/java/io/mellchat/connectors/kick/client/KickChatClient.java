package io.mellchat.connectors.kick.client;

import io.mellchat.connectors.common.Backoff;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads the chat of any number of Kick channels over one {@link KickSocket}: resolves each slug to
 * its chatroom (or takes the id the user gave as {@code kick:<slug>#<chatroomId>}), subscribes the
 * Pusher channels that carry events MellChat models, maps frames to events, drops messages seen
 * before, and reports each channel's status. No Flink here; the split reader wraps it.
 */
public final class KickChatClient implements AutoCloseable {
    private final KickClientConfig config;
    private final KickChannelApi api;
    private final KickChatListener listener;
    private final Clock clock;
    private final KickEventParser parser;
    private final KickSocket socket;
    private final ScheduledExecutorService lookups;
    private final Map<String, Channel> bySlug = new ConcurrentHashMap<>();
    private final Map<String, Channel> byPusherChannel = new ConcurrentHashMap<>();
    private volatile String refusal = "";

    public KickChatClient(
            KickClientConfig config,
            KickChannelApi api,
            Function<KickSocket.Listener, KickSocket> sockets,
            KickChatListener listener,
            Clock clock) {
        this.config = config;
        this.api = api;
        this.listener = listener;
        this.clock = clock;
        this.parser = new KickEventParser(config.maxFrameBytes());
        this.socket = sockets.apply(new SocketEvents());
        this.lookups =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "kick-lookup");
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** A client on the real endpoints of {@code config}. */
    public static KickChatClient create(KickClientConfig config, KickChatListener listener) {
        return new KickChatClient(
                config,
                new HttpKickChannelApi(config.apiUrl(), config.handshakeTimeout()),
                l -> new PusherKickSocket(config, l),
                listener,
                Clock.systemUTC());
    }

    /** The Pusher channels that carry the events MellChat models, for a chatroom (and channel). */
    public static List<String> pusherChannels(long chatroomId, long channelId) {
        List<String> names = new ArrayList<>(4);
        names.add("chatrooms." + chatroomId + ".v2");
        names.add("chatroom_" + chatroomId);
        if (channelId > 0) {
            names.add("channel." + channelId);
            names.add("channel_" + channelId);
        }
        return names;
    }

    /**
     * Starts reading a channel. Returns at once (the caller may be the thread that drains the
     * events); statuses tell how it goes.
     */
    public void add(ChannelSpec spec) {
        Channel ch = new Channel(spec);
        Channel before = bySlug.putIfAbsent(slug(spec), ch);
        if (before != null) {
            return;
        }
        submit(
                () -> {
                    ch.status(ChannelStatus.CONNECTING, "");
                    if (spec.hint().isPresent()) {
                        resolved(
                                ch, new ChatroomLookup.Found(Long.parseLong(spec.lookupHint()), 0));
                    } else {
                        lookup(ch);
                    }
                },
                Duration.ZERO);
    }

    /** Stops reading a channel. */
    public void remove(ChannelSpec spec) {
        Channel ch = bySlug.remove(slug(spec));
        if (ch == null) {
            return;
        }
        ch.removed = true;
        ScheduledFuture<?> retry = ch.retry;
        if (retry != null) {
            retry.cancel(false);
        }
        // on the lookup thread, after a resolution that may be running now
        submit(
                () -> {
                    for (String name : ch.pusherChannels) {
                        byPusherChannel.remove(name, ch);
                        socket.unsubscribe(name);
                    }
                },
                Duration.ZERO);
    }

    @Override
    public void close() {
        lookups.shutdownNow();
        socket.close();
    }

    private void lookup(Channel ch) {
        if (ch.removed) {
            return;
        }
        String slug = slug(ch.spec);
        ChatroomLookup result = api.lookup(slug);
        if (result instanceof ChatroomLookup.Found) {
            resolved(ch, (ChatroomLookup.Found) result);
            return;
        }
        Duration retryIn = ch.lookupBackoff.next();
        String again = " (trying the lookup again in " + retryIn.toSeconds() + " s)";
        if (result instanceof ChatroomLookup.Refused) {
            ChatroomLookup.Refused r = (ChatroomLookup.Refused) result;
            ch.status(
                    ChannelStatus.ERROR,
                    "Kick's API refused the chatroom lookup of '"
                            + slug
                            + "' (HTTP "
                            + r.httpStatus()
                            + (r.challenge() ? ", a Cloudflare challenge" : "")
                            + " from MELLCHAT_KICK_API_URL); give the chatroom id: kick:"
                            + slug
                            + "#<chatroomId>"
                            + again);
        } else if (result instanceof ChatroomLookup.NotFound) {
            ch.status(
                    ChannelStatus.ERROR,
                    "no Kick channel '" + slug + "' (HTTP 404); check the name" + again);
        } else {
            ch.status(
                    ChannelStatus.RECONNECTING,
                    "chatroom lookup of '"
                            + slug
                            + "' failed: "
                            + ((ChatroomLookup.Failed) result).detail()
                            + again);
        }
        ch.retry = submit(() -> lookup(ch), retryIn);
    }

    private void resolved(Channel ch, ChatroomLookup.Found found) {
        if (ch.removed) {
            return;
        }
        ch.pusherChannels = pusherChannels(found.chatroomId(), found.channelId());
        ch.liveChannel = ch.pusherChannels.get(0);
        for (String name : ch.pusherChannels) {
            byPusherChannel.put(name, ch);
            socket.subscribe(name);
        }
        String refused = refusal;
        if (!refused.isEmpty()) {
            ch.status(ChannelStatus.ERROR, refused);
        }
        socket.start();
    }

    private ScheduledFuture<?> submit(Runnable task, Duration delay) {
        try {
            return lookups.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null; // closed
        }
    }

    private static String slug(ChannelSpec spec) {
        return spec.ref().channel();
    }

    /** One channel being read. */
    private final class Channel {
        final ChannelSpec spec;
        final Backoff lookupBackoff =
                new Backoff(config.lookupRetryInitial(), config.lookupRetryMax(), 2.0, 0.2);
        final RecentIds recent = new RecentIds(config.dedupeCapacity());
        final DerivedRepeats repeats = new DerivedRepeats(config.dedupeCapacity());
        volatile List<String> pusherChannels = List.of();
        volatile String liveChannel = "";
        volatile ScheduledFuture<?> retry;
        volatile boolean removed;
        private ChannelStatus status;
        private String detail;

        Channel(ChannelSpec spec) {
            this.spec = spec;
        }

        /** Reports a status if it differs from the last one (outside any lock). */
        void status(ChannelStatus newStatus, String newDetail) {
            synchronized (this) {
                if (removed || (newStatus == status && Objects.equals(newDetail, detail))) {
                    return;
                }
                status = newStatus;
                detail = newDetail;
            }
            listener.onStatus(spec, newStatus, newDetail);
        }
    }

    /** The socket's reports, on the socket's thread. */
    private final class SocketEvents implements KickSocket.Listener {
        @Override
        public void onConnected(String socketId) {
            refusal = "";
        }

        @Override
        public void onSubscribed(String channel) {
            Channel ch = byPusherChannel.get(channel);
            if (ch != null && channel.equals(ch.liveChannel)) {
                ch.status(ChannelStatus.LIVE, "");
            }
        }

        @Override
        public void onFrame(PusherFrame frame) {
            Channel ch = byPusherChannel.get(frame.channel());
            if (ch == null) {
                listener.onSkipped(
                        SkipReasons.UNKNOWN_CHANNEL,
                        frame.event() + " on '" + frame.channel() + "'");
                return;
            }
            KickEvent event = parser.parse(frame, ch.spec, clock.instant());
            if (event instanceof KickEvent.Modelled) {
                KickEvent.Modelled m = (KickEvent.Modelled) event;
                if (m.event() instanceof ChatMessage msg) {
                    String id = msg.platformMessageId();
                    if (id.startsWith(EventContext.DERIVED_PREFIX)) {
                        String occurrence = ch.repeats.occurrence(frame.channel(), id);
                        if (!occurrence.equals(id)) {
                            msg = msg.toBuilder().platformMessageId(occurrence).build();
                            id = occurrence;
                        }
                    }
                    if (!ch.recent.add(id)) {
                        listener.onSkipped(SkipReasons.DUPLICATE, id);
                        return;
                    }
                    listener.onEvent(ch.spec, msg);
                    return;
                }
                listener.onEvent(ch.spec, m.event());
            } else if (event instanceof KickEvent.StatusChange) {
                KickEvent.StatusChange s = (KickEvent.StatusChange) event;
                ch.status(s.status(), s.detail());
            } else {
                KickEvent.Skipped s = (KickEvent.Skipped) event;
                listener.onSkipped(s.reason(), s.detail());
                if (SkipReasons.INVALID_JSON.equals(s.reason())
                        || SkipReasons.BAD_EVENT.equals(s.reason())) {
                    listener.onParseFailure(ch.spec);
                }
            }
        }

        @Override
        public void onDisconnected(CloseAction action, Duration retryIn, String reason) {
            String detail;
            ChannelStatus status;
            if (action == CloseAction.REFUSED) {
                status = ChannelStatus.ERROR;
                detail =
                        "Kick's Pusher server refused the connection ("
                                + reason
                                + "); check MELLCHAT_KICK_PUSHER_URL and restart the job";
                refusal = detail;
            } else {
                status = ChannelStatus.RECONNECTING;
                detail =
                        "connection lost ("
                                + reason
                                + "); reconnecting in "
                                + retryIn.toMillis()
                                + " ms";
            }
            for (Channel ch : bySlug.values()) {
                if (!ch.pusherChannels.isEmpty()) {
                    if (action != CloseAction.REFUSED) {
                        listener.onReconnect(ch.spec);
                    }
                    ch.status(status, detail);
                }
            }
        }

        @Override
        public void onSkipped(String reason, String detail) {
            listener.onSkipped(reason, detail);
        }
    }
}
