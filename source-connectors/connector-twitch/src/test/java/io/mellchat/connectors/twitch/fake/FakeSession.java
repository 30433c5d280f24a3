package io.mellchat.connectors.twitch.fake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;

/** One client connection to the {@link FakeTwitchServer}, over TCP or WebSocket. */
abstract class FakeSession {

    final int id;
    final Set<String> joined = ConcurrentHashMap.newKeySet();
    volatile String nick = "";
    volatile boolean silent;
    volatile boolean closed;
    volatile long pingSentAt = -1;

    FakeSession(int id) {
        this.id = id;
    }

    /** Sends lines (each its own frame over WebSocket). Ignored once silent or closed. */
    final void send(String... lines) {
        if (silent || closed) {
            return;
        }
        for (String line : lines) {
            write(List.of(line));
        }
    }

    /** Sends several lines in one WebSocket frame (one write over TCP). */
    final void sendBatch(List<String> lines) {
        if (!silent && !closed) {
            write(lines);
        }
    }

    /** Sends raw bytes as one line (a binary frame over WebSocket). */
    final void sendBytes(byte[] line) {
        if (!silent && !closed) {
            writeBytes(line);
        }
    }

    abstract void write(List<String> lines);

    abstract void writeBytes(byte[] line);

    /** Closes politely (WebSocket close frame / TCP FIN). */
    abstract void close();

    /** Drops the connection: no close frame. */
    abstract void drop();

    abstract String transport();

    /** A session over plain TCP. */
    static final class Tcp extends FakeSession {
        private final Socket socket;
        private final OutputStream out;

        Tcp(int id, Socket socket) throws IOException {
            super(id);
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        BufferedReader reader() throws IOException {
            return new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        void write(List<String> lines) {
            StringBuilder b = new StringBuilder();
            for (String l : lines) {
                b.append(l).append("\r\n");
            }
            writeRaw(b.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        void writeBytes(byte[] line) {
            byte[] b = new byte[line.length + 2];
            System.arraycopy(line, 0, b, 0, line.length);
            b[line.length] = '\r';
            b[line.length + 1] = '\n';
            writeRaw(b);
        }

        private void writeRaw(byte[] b) {
            synchronized (out) {
                try {
                    out.write(b);
                    out.flush();
                } catch (IOException e) {
                    closed = true;
                }
            }
        }

        @Override
        void close() {
            drop();
        }

        @Override
        void drop() {
            closed = true;
            try {
                socket.close();
            } catch (IOException e) {
                // gone anyway
            }
        }

        @Override
        String transport() {
            return "tcp";
        }
    }

    /** A session over WebSocket. */
    static final class Ws extends FakeSession {
        private final WebSocket socket;

        Ws(int id, WebSocket socket) {
            super(id);
            this.socket = socket;
        }

        @Override
        void write(List<String> lines) {
            try {
                socket.send(String.join("\r\n", lines) + "\r\n");
            } catch (RuntimeException e) {
                closed = true;
            }
        }

        @Override
        void writeBytes(byte[] line) {
            try {
                socket.send(ByteBuffer.wrap(line));
            } catch (RuntimeException e) {
                closed = true;
            }
        }

        @Override
        void close() {
            closed = true;
            socket.close(1000, "bye");
        }

        @Override
        void drop() {
            closed = true;
            WebSocketImpl impl = (WebSocketImpl) socket;
            // FIN at once: a registered channel's close is only completed by the next select
            if (impl.getChannel() instanceof SocketChannel) {
                try {
                    ((SocketChannel) impl.getChannel()).shutdownOutput();
                } catch (IOException e) {
                    // gone anyway
                }
            }
            impl.closeConnection(1006, "dropped");
            if (impl.getSelectionKey() != null) {
                impl.getSelectionKey().selector().wakeup();
            }
        }

        @Override
        String transport() {
            return "ws";
        }
    }
}
