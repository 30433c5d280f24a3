package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

/**
 * The HTTP transport of the YouTube clients (JDK {@link HttpClient}): one request at a time per
 * caller, answered as text (invalid UTF-8 decoded with U+FFFD), abortable from another thread.
 */
final class HttpJson implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_BYTES = 32 << 20;

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBodyBytes;
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();

    HttpJson(Duration timeout) {
        this(timeout, MAX_BODY_BYTES);
    }

    HttpJson(Duration timeout, int maxBodyBytes) {
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
        this.client =
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
    }

    /** An HTTP answer. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON; a missing node when it is not JSON. */
        JsonNode json() {
            try {
                JsonNode n = JSON.readTree(body);
                return n == null ? MissingNode.getInstance() : n;
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }
    }

    /** Thrown when {@link #abort()} cut a request short. */
    static final class Aborted extends IOException {
        private static final long serialVersionUID = 1L;

        Aborted() {
            super("request aborted");
        }
    }

    Answer get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        return send(request(uri, headers).GET().build());
    }

    Answer postJson(URI uri, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(
                request(uri, headers)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build());
    }

    private HttpRequest.Builder request(URI uri, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
        headers.forEach(b::header);
        return b;
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> f =
                client.sendAsync(
                        request, info -> new LimitedBody(maxBodyBytes, safe(request.uri())));
        inFlight.add(f);
        try {
            HttpResponse<byte[]> r = f.get();
            return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        } catch (CancellationException e) {
            throw new Aborted();
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            throw new IOException("request to " + safe(request.uri()) + " failed: " + cause, cause);
        } finally {
            inFlight.remove(f);
        }
    }

    /**
     * Collects a body of at most {@code max} bytes; a longer one is refused as it arrives (the
     * connection is dropped), so an endless or huge answer never fills the heap.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final String from;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(int max, String from) {
            this.max = max;
            this.from = from;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (bytes.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    body.completeExceptionally(
                            new IOException(
                                    "answer from " + from + " is over " + max + " bytes: refused"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }

    /** A URI for messages: without its query, which may hold the API key. */
    static String safe(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority() + uri.getPath();
    }

    /** Cuts every request in flight short: its caller gets {@link Aborted}. */
    void abort() {
        inFlight.forEach(f -> f.cancel(true));
    }

    @Override
    public void close() {
        abort();
        // HttpClient.close() exists from Java 21 only; the client's threads are daemons
    }
}
