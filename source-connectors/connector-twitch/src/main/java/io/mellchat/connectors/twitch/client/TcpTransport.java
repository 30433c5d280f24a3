package io.mellchat.connectors.twitch.client;

import io.mellchat.connectors.common.Failures;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * IRC over a TCP socket, plain ({@code irc://}) or TLS ({@code ircs://}, hostname verified). A
 * reader thread frames the input into lines; lines go out with CRLF.
 */
final class TcpTransport implements IrcTransport {

    private final Socket socket;
    private final OutputStream out;
    private final Thread reader;
    private volatile boolean closed;

    private TcpTransport(Socket socket, Events events, int maxLineBytes, String threadName)
            throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        LineFramer framer =
                new LineFramer(
                        maxLineBytes,
                        new LineFramer.Sink() {
                            @Override
                            public void line(String line) {
                                try {
                                    events.line(line);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    close();
                                }
                            }

                            @Override
                            public void tooLong(long bytes) {
                                events.skipped(
                                        SkipReasons.LINE_TOO_LONG,
                                        "a line of " + bytes + " bytes or more");
                            }
                        });
        this.reader = new Thread(() -> read(in, framer, events), threadName);
        this.reader.setDaemon(true);
    }

    static TcpTransport open(
            URI url, boolean tls, TwitchClientConfig config, Events events, String threadName)
            throws IOException {
        int timeout = (int) config.connectTimeout().toMillis();
        Socket plain = new Socket();
        Socket socket = plain;
        try {
            plain.connect(new InetSocketAddress(url.getHost(), url.getPort()), timeout);
            plain.setTcpNoDelay(true);
            if (tls) {
                SSLSocket ssl =
                        (SSLSocket)
                                ((SSLSocketFactory) SSLSocketFactory.getDefault())
                                        .createSocket(plain, url.getHost(), url.getPort(), true);
                SSLParameters params = ssl.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(params);
                ssl.setSoTimeout(timeout);
                ssl.startHandshake();
                ssl.setSoTimeout(0);
                socket = ssl;
            }
            TcpTransport t = new TcpTransport(socket, events, config.maxLineBytes(), threadName);
            t.reader.start();
            return t;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private void read(InputStream in, LineFramer framer, Events events) {
        byte[] buf = new byte[16 * 1024];
        String reason = "the server closed the connection";
        try {
            int n;
            while (!closed && (n = in.read(buf)) > 0) {
                framer.feed(buf, 0, n);
            }
        } catch (IOException e) {
            reason = "connection error: " + Failures.describe(e);
        }
        close();
        events.closed(reason);
    }

    @Override
    public void send(String line) throws IOException {
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
        synchronized (out) {
            out.write(bytes);
            out.flush();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
