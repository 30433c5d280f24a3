package io.mellchat.serving.redis;

import java.net.URI;
import java.time.Duration;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;

/**
 * The Redis connection pool, and the key names serving uses. Every key and pub/sub channel gets
 * {@code prefix} in front (empty in production; tests use a unique one).
 */
public final class Redis implements AutoCloseable {
    /** The job refreshes this key every few seconds while it runs. */
    public static final String JOB_HEARTBEAT = "mellchat:job:heartbeat";

    private final URI uri;
    private final String prefix;
    private final JedisPooled pool;

    public Redis(URI uri, String prefix, int maxConnections) {
        this.uri = uri;
        this.prefix = prefix;
        GenericObjectPoolConfig<Connection> pc = new GenericObjectPoolConfig<>();
        pc.setMaxTotal(maxConnections);
        pc.setMaxIdle(maxConnections);
        pc.setMinIdle(2);
        pc.setMaxWait(Duration.ofSeconds(2));
        pc.setJmxEnabled(false);
        this.pool = new JedisPooled(pc, uri, 2_000);
    }

    public JedisPooled pool() {
        return pool;
    }

    public String prefix() {
        return prefix;
    }

    /** A key or channel name with the prefix. */
    public String key(String name) {
        return prefix + name;
    }

    /** A dedicated connection (for PSUBSCRIBE, which holds its connection). */
    public Jedis dedicatedConnection() {
        return new Jedis(uri, 5_000);
    }

    /** True when Redis answers PING. */
    public boolean ping() {
        try {
            return "PONG".equals(pool.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True while the job's heartbeat key is present. */
    public boolean jobRunning() {
        try {
            return pool.exists(key(JOB_HEARTBEAT));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
