package io.mellchat.connectors.twitch.client;

import io.mellchat.connectors.common.Failures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * IRC over a WebSocket ({@code wss://}, or {@code ws://} in tests) with the JDK client: one command
 * per outgoing text frame (as tmi.js does); incoming frames may carry several CRLF-separated lines.
 * Binary frames are read as UTF-8 with invalid bytes replaced. The JDK client itself fails a text
 * frame that is not valid UTF-8; that ends the connection and the client reconnects.
 */
final class WebSocketTransport implements IrcTransport {

    /** One HTTP client for every connection of the JVM (it owns a selector thread). */
    private static final class Http {
        static final HttpClient CLIENT = HttpClient.newBuilder().build();
    }

    private final WebSocket socket;
    private final long sendTimeoutMillis;

    private WebSocketTransport(WebSocket socket, long sendTimeoutMillis) {
        this.socket = socket;
        this.sendTimeoutMillis = sendTimeoutMillis;
    }

    static WebSocketTransport open(URI url, TwitchClientConfig config, Events events)
            throws IOException {
        long timeout = config.connectTimeout().toMillis();
        try {
            WebSocket ws =
                    Http.CLIENT
                            .newWebSocketBuilder()
                            .connectTimeout(config.connectTimeout())
                            .subprotocols("irc")
                            .buildAsync(url, new Listener(config.maxLineBytes(), events))
                            .get(timeout + 1000, TimeUnit.MILLISECONDS);
            return new WebSocketTransport(ws, timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException(Failures.describe(cause), cause);
        } catch (TimeoutException e) {
            throw new IOException("no WebSocket handshake within " + timeout + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting", e);
        }
    }

    @Override
    public synchronized void send(String line) throws IOException {
        try {
            socket.sendText(line, true).get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException("send failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("send did not complete within " + sendTimeoutMillis + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while sending", e);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Frames incoming messages into lines. The JDK calls it sequentially. */
    private static final class Listener implements WebSocket.Listener {
        private final Events events;
        private final LineFramer framer;
        private boolean done;

        Listener(int maxLineBytes, Events events) {
            this.events = events;
            this.framer =
                    new LineFramer(
                            maxLineBytes,
                            new LineFramer.Sink() {
                                @Override
                                public void line(String line) {
                                    try {
                                        events.line(line);
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                }

                                @Override
                                public void tooLong(long bytes) {
                                    events.skipped(
                                            SkipReasons.LINE_TOO_LONG,
                                            "a line of " + bytes + " bytes or more");
                                }
                            });
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            framer.feedText(data, last);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            if (last) {
                framer.feedFrame(bytes, 0, bytes.length);
            } else {
                framer.feed(bytes, 0, bytes.length);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            finish(
                    "the server closed the WebSocket ("
                            + statusCode
                            + (reason.isEmpty() ? "" : " " + reason)
                            + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            finish("WebSocket error: " + error);
        }

        private void finish(String reason) {
            if (!done) {
                done = true;
                events.closed(reason);
            }
        }
    }
}
