package io.mellchat.serving;

import io.mellchat.serving.auth.ApiKeys;
import io.mellchat.serving.auth.Authenticator;
import io.mellchat.serving.auth.Jwt;
import io.mellchat.serving.auth.JwtSecret;
import io.mellchat.serving.cache.HotCache;
import io.mellchat.serving.config.ServingConfig;
import io.mellchat.serving.http.RouteTable;
import io.mellchat.serving.live.ChannelDirectory;
import io.mellchat.serving.live.FrameHub;
import io.mellchat.serving.live.Snapshots;
import io.mellchat.serving.observe.ServingMetrics;
import io.mellchat.serving.redis.ActionWriter;
import io.mellchat.serving.redis.RateLimiter;
import io.mellchat.serving.redis.Redis;
import io.mellchat.serving.store.ChannelStore;
import io.mellchat.serving.store.Db;
import io.mellchat.serving.store.MessageStore;
import io.mellchat.serving.store.QuestionStore;
import io.mellchat.serving.store.SearchStore;
import io.mellchat.serving.store.StatsStore;
import io.mellchat.serving.store.UpvoteStore;

/**
 * What the server is built from: configuration, the PostgreSQL pool and stores, Redis, the token
 * machinery, caches and the live frame hub. Created once by {@link Main} (and by tests).
 */
public final class ServingContext implements AutoCloseable {
    private final ServingConfig config;
    private final Db db;
    private final Redis redis;
    private final Authenticator auth;
    private final RateLimiter limiter;
    private final ActionWriter actions;
    private final ChannelStore channels;
    private final MessageStore messages;
    private final QuestionStore questions;
    private final StatsStore stats;
    private final SearchStore search;
    private final UpvoteStore upvotes;
    private final ChannelDirectory directory;
    private final HotCache questionsCache;
    private final ServingMetrics metrics;
    private final FrameHub hub;
    private final Snapshots snapshots;
    private final RouteTable routes = new RouteTable();

    private ServingContext(ServingConfig config) {
        this.config = config;
        this.db = new Db(config.pg(), config.pgPoolSize());
        this.redis = new Redis(config.redisUrl(), config.redisPrefix(), 64);
        Jwt jwt = new Jwt(JwtSecret.resolve(config.jwtSecret(), config.dataDir()));
        this.auth = new Authenticator(jwt, new ApiKeys(db));
        this.limiter = new RateLimiter(redis);
        this.actions = new ActionWriter(redis, config.actionsStream());
        this.channels = new ChannelStore(db);
        this.messages = new MessageStore(db);
        this.questions = new QuestionStore(db);
        this.stats = new StatsStore(db);
        this.search = new SearchStore(db);
        this.upvotes = new UpvoteStore(db);
        this.directory = new ChannelDirectory(channels);
        this.questionsCache = new HotCache(10_000, 10_000);
        this.metrics = new ServingMetrics();
        this.hub =
                new FrameHub(
                        redis,
                        directory,
                        questionsCache,
                        metrics,
                        config.ws().sendTimeout(),
                        config.ws().batchWindow());
        this.snapshots =
                new Snapshots(
                        messages,
                        questions,
                        directory,
                        config.ws().snapshotMessages(),
                        config.ws().snapshotQuestions());
    }

    /** Connects to PostgreSQL and Redis and starts the pub/sub subscription. */
    public static ServingContext start(ServingConfig config) {
        ServingContext c = new ServingContext(config);
        c.hub.start();
        return c;
    }

    public ServingConfig config() {
        return config;
    }

    public Db db() {
        return db;
    }

    public Redis redis() {
        return redis;
    }

    public Authenticator auth() {
        return auth;
    }

    public RateLimiter limiter() {
        return limiter;
    }

    public ActionWriter actions() {
        return actions;
    }

    public ChannelStore channels() {
        return channels;
    }

    public MessageStore messages() {
        return messages;
    }

    public QuestionStore questions() {
        return questions;
    }

    public StatsStore stats() {
        return stats;
    }

    public SearchStore search() {
        return search;
    }

    public UpvoteStore upvotes() {
        return upvotes;
    }

    public ChannelDirectory directory() {
        return directory;
    }

    public HotCache questionsCache() {
        return questionsCache;
    }

    public ServingMetrics metrics() {
        return metrics;
    }

    public FrameHub hub() {
        return hub;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    public RouteTable routes() {
        return routes;
    }

    @Override
    public void close() {
        hub.close();
        redis.close();
        db.close();
    }
}
