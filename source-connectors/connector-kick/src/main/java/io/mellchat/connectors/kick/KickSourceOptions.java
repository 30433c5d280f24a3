package io.mellchat.connectors.kick;

import io.mellchat.connectors.kick.client.KickClientConfig;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of the Kick source: the protocol client's settings, read once from the environment
 * ({@code MELLCHAT_KICK_PUSHER_URL}, {@code MELLCHAT_KICK_API_URL}) and validated there, so that a
 * wrong value fails at start with a message naming the variable.
 */
public final class KickSourceOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String PUSHER_URL_ENV = "MELLCHAT_KICK_PUSHER_URL";
    public static final String API_URL_ENV = "MELLCHAT_KICK_API_URL";

    private final KickClientConfig client;

    public KickSourceOptions(KickClientConfig client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The options of this process's environment. */
    public static KickSourceOptions fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * The options of an environment map.
     *
     * @throws IllegalArgumentException naming the variable whose value is wrong
     */
    public static KickSourceOptions fromEnv(Map<String, String> env) {
        URI pusher = url(env, PUSHER_URL_ENV, KickClientConfig.DEFAULT_PUSHER_URL, "ws", "wss");
        URI api = url(env, API_URL_ENV, KickClientConfig.DEFAULT_API_URL, "http", "https");
        return new KickSourceOptions(KickClientConfig.defaults(pusher, api));
    }

    /** The endpoints given, every other setting at its default (tests point these at fakes). */
    public static KickSourceOptions of(URI pusherUrl, URI apiUrl) {
        return new KickSourceOptions(KickClientConfig.defaults(pusherUrl, apiUrl));
    }

    public KickClientConfig client() {
        return client;
    }

    public KickSourceOptions withClient(KickClientConfig newClient) {
        return new KickSourceOptions(newClient);
    }

    private static URI url(
            Map<String, String> env, String name, String fallback, String... schemes) {
        String value = env.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            value = fallback;
        }
        try {
            URI uri = new URI(value);
            for (String scheme : schemes) {
                if (scheme.equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                    return uri;
                }
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                name
                        + " is not a valid "
                        + String.join("/", schemes)
                        + " URL: '"
                        + value
                        + "' (default "
                        + fallback
                        + ")");
    }

    @Override
    public String toString() {
        return "KickSourceOptions[pusher=" + client.pusherUrl() + ", api=" + client.apiUrl() + "]";
    }
}
