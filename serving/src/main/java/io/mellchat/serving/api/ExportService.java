package io.mellchat.serving.api;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.model.ChatMessage;
import io.mellchat.serving.http.Access;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.http.RouteTable;
import io.mellchat.serving.store.MessageStore;
import io.mellchat.serving.store.StoreException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /export}: a channel's (or stream's) history, oldest first, as JSON Lines (one Message
 * per line) or CSV, streamed with chunked encoding from a server-side cursor, so memory stays
 * constant for millions of rows. Moderator, streamer, admin.
 */
public final class ExportService implements HttpService {
    private static final Logger LOG = Logger.getLogger(ExportService.class.getName());
    private static final Set<String> FORMATS = Set.of("jsonl", "csv");
    static final String CSV_HEADER =
            "id,platform,channel,stream,platform_message_id,user_id,username,display_name,message,"
                    + "timestamp,received_at,kind,category,confidence,upvotes,reply_to,"
                    + "amount_value,amount_currency,deleted\r\n";

    private final RouteTable routes;
    private final MessageStore store;

    ExportService(RouteTable routes, MessageStore store) {
        this.routes = routes;
        this.store = store;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.on(rules, Api.PREFIX).get("/export", this::export).done();
    }

    private void export(ServerRequest req, ServerResponse res) {
        Access.require(req, "export history", Access.MODERATORS);
        Params p = Params.of(req);
        String format = p.oneOf("format", "jsonl", FORMATS);
        Optional<String> platform = p.platform("platform");
        Optional<String> channel = p.channel("channel", platform);
        Optional<String> stream = p.text("stream");
        if (channel.isPresent() && platform.isEmpty()) {
            throw ApiException.badField("platform", "is required with channel");
        }
        if (channel.isEmpty() && stream.isEmpty()) {
            throw ApiException.badField(
                    "channel", "give platform and channel (or stream) to export");
        }
        Optional<Instant> from = p.instant("from");
        Optional<Instant> to = p.instant("to");
        MessageStore.ExportQuery q =
                new MessageStore.ExportQuery(platform, channel, stream, from, to);
        String name =
                "mellchat-"
                        + channel.map(c -> platform.get() + "-" + c)
                                .orElseGet(stream::get)
                                .replaceAll("[^A-Za-z0-9_.-]", "_")
                        + "."
                        + format;
        Writer[] open = new Writer[1];
        try {
            long rows =
                    store.export(
                            q,
                            () -> {
                                // only now that PostgreSQL has answered: a failure before this
                                // point is a 503, not an empty 200
                                res.status(Status.OK_200);
                                res.header(
                                        HeaderNames.CONTENT_TYPE,
                                        format.equals("csv")
                                                ? "text/csv; charset=utf-8"
                                                : "application/x-ndjson");
                                res.header(
                                        HeaderNames.CONTENT_DISPOSITION,
                                        "attachment; filename=\"" + name + "\"");
                                res.header(HeaderNames.CACHE_CONTROL, "no-store");
                                OutputStream out =
                                        new BufferedOutputStream(res.outputStream(), 64 * 1024);
                                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                                open[0] = w;
                                if (format.equals("csv")) {
                                    w.write(CSV_HEADER);
                                    return m -> csv(w, m);
                                }
                                OutputStream lines = new NonClosing(out);
                                return m -> {
                                    Json.MAPPER.writeValue(lines, m);
                                    out.write('\n');
                                };
                            });
            open[0].close();
            LOG.log(Level.FINE, () -> "exported " + rows + " messages as " + name);
        } catch (StoreException e) {
            if (open[0] == null) {
                throw e;
            }
            // the 200 and part of the body are out: end the connection without the last chunk,
            // so the client sees a cut-off download instead of a complete-looking one
            LOG.log(Level.WARNING, "export of " + name + " failed part way; connection closed", e);
            throw new CloseConnectionException("export failed part way", e);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.INFO, "export stopped: " + e.getMessage());
        }
    }

    private static void csv(Writer w, ChatMessage m) throws IOException {
        field(w, m.id().toString());
        field(w, m.platform().id());
        field(w, m.channel());
        field(w, m.stream());
        field(w, m.platformMessageId());
        field(w, m.userId());
        field(w, m.username());
        field(w, m.displayName());
        field(w, m.message());
        field(w, m.timestamp().toString());
        field(w, m.receivedAt().toString());
        field(w, m.kind().id());
        field(w, m.category() == null ? "" : m.category());
        field(w, Double.toString(m.confidence()));
        field(w, Integer.toString(m.upvotes()));
        field(w, m.replyTo() == null ? "" : m.replyTo());
        field(w, m.amount() == null ? "" : m.amount().value().toPlainString());
        field(w, m.amount() == null ? "" : m.amount().currency());
        w.write(Boolean.toString(m.deleted()));
        w.write("\r\n");
    }

    /**
     * One CSV field and its comma. Quoted when needed (RFC 4180); text that a spreadsheet would run
     * as a formula ({@code = + - @}) is prefixed with an apostrophe.
     */
    static void field(Writer w, String v) throws IOException {
        String s = v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0
                || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0) {
            w.write('"');
            w.write(s.replace("\"", "\"\""));
            w.write('"');
        } else {
            w.write(s);
        }
        w.write(',');
    }

    /** Lets Jackson write into the response stream without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // buffered: chunks are sent as the buffer fills
        }

        @Override
        public void close() {
            // the response stays open for the next line
        }
    }
}
