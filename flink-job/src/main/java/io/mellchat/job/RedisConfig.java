package io.mellchat.job;

import java.io.Serializable;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.connectors.redis.common.config.FlinkJedisPoolConfig;

/** Where Redis is, from {@code MELLCHAT_REDIS_URL} ({@code redis://[:password@]host:port[/db]}). */
public record RedisConfig(String host, int port, int database, String password)
        implements Serializable {

    public static final String DEFAULT_URL = "redis://127.0.0.1:6379";

    /**
     * Parses a Redis URL.
     *
     * @throws JobConfigException naming {@code MELLCHAT_REDIS_URL}
     */
    public static RedisConfig parse(String url) {
        try {
            URI uri = URI.create(url);
            if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("expected redis://host:port");
            }
            int port = uri.getPort() < 0 ? 6379 : uri.getPort();
            int db = 0;
            String path = uri.getPath();
            if (path != null && path.length() > 1) {
                db = Integer.parseInt(path.substring(1));
            }
            String password = "";
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                password =
                        URLDecoder.decode(
                                colon >= 0 ? userInfo.substring(colon + 1) : userInfo,
                                StandardCharsets.UTF_8);
            }
            return new RedisConfig(uri.getHost(), port, db, password);
        } catch (IllegalArgumentException e) {
            throw new JobConfigException(
                    "MELLCHAT_REDIS_URL must look like redis://[:password@]host:port[/db], got '"
                            + url
                            + "' ("
                            + e.getMessage()
                            + ")");
        }
    }

    /** The URL form, for clients that take one. */
    public String url() {
        String auth =
                password.isEmpty()
                        ? ""
                        : ":" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "@";
        return "redis://" + auth + host + ":" + port + "/" + database;
    }

    /** Bahir's connection settings. */
    public FlinkJedisPoolConfig toJedisPoolConfig() {
        FlinkJedisPoolConfig.Builder b =
                new FlinkJedisPoolConfig.Builder()
                        .setHost(host)
                        .setPort(port)
                        .setDatabase(database)
                        .setMaxTotal(8)
                        .setTimeout(5_000);
        if (!password.isEmpty()) {
            b.setPassword(password);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "redis://" + host + ":" + port + "/" + database;
    }
}
