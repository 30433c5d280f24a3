package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * {@link KickChannelApi} over the JDK's HTTP client. The endpoint often sits behind a Cloudflare
 * challenge (HTTP 403 with an HTML page, sometimes other statuses with the same page); that is
 * reported as {@link ChatroomLookup.Refused} so the user can be told to give the chatroom id.
 */
public final class HttpKickChannelApi implements KickChannelApi {
    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    public HttpKickChannelApi(URI base, Duration timeout) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.timeout = timeout;
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
    }

    @Override
    public ChatroomLookup lookup(String slug) {
        HttpRequest request =
                HttpRequest.newBuilder(base.resolve("channels/" + slug))
                        .timeout(timeout)
                        .header("Accept", "application/json")
                        .header("User-Agent", "Mozilla/5.0 (compatible; MellChat)")
                        .GET()
                        .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new ChatroomLookup.Failed("cannot reach " + request.uri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ChatroomLookup.Failed("interrupted");
        }
        return interpret(response.statusCode(), contentType(response), response.body());
    }

    /** Reads a response of the channel endpoint. */
    static ChatroomLookup interpret(int status, String contentType, String body) {
        boolean challenge = isChallenge(contentType, body);
        if (status == 403 || (challenge && status != 404 && status < 500)) {
            return new ChatroomLookup.Refused(status, challenge);
        }
        if (status == 404) {
            return new ChatroomLookup.NotFound();
        }
        if (status != 200) {
            return new ChatroomLookup.Failed(
                    "HTTP " + status + (challenge ? " (Cloudflare page)" : ""));
        }
        try {
            JsonNode json = PusherCodec.mapper().readTree(body);
            long chatroom = json.path("chatroom").path("id").asLong(0);
            if (chatroom <= 0) {
                return new ChatroomLookup.Failed("the answer has no chatroom.id");
            }
            return new ChatroomLookup.Found(chatroom, json.path("id").asLong(0));
        } catch (JsonProcessingException e) {
            return new ChatroomLookup.Failed("the answer is not JSON: " + e.getOriginalMessage());
        }
    }

    private static boolean isChallenge(String contentType, String body) {
        if (contentType.contains("text/html")) {
            return true;
        }
        String head = body.length() > 2048 ? body.substring(0, 2048) : body;
        head = head.toLowerCase(Locale.ROOT);
        return head.contains("just a moment")
                || head.contains("cf-chl")
                || head.startsWith("<!doctype html");
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    }
}
