package io.mellchat.serving.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.mellchat.serving.Main;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.http.Cursor;
import io.mellchat.serving.support.Http;
import io.mellchat.serving.support.Http.Resp;
import io.mellchat.serving.support.TestStack;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Stats windows, full-text search and streamed export. */
@ServerTest
class HistoryApiTest {
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final int EXPORT_ROWS = 20_000;
    private static TestStack stack;
    private final Http http;

    HistoryApiTest(WebServer server) {
        this.http = new Http(server.port());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack = TestStack.start();
        var d = stack.data();
        d.message("twitch", "alpha", "show", "What keyboard do you use?", T0);
        d.message("twitch", "alpha", "show", "keyboards are overrated", T0.plusSeconds(1));
        d.message("kick", "beta", "show", "Какой у тебя вопрос? Вопросы потом", T0.plusSeconds(2));
        d.message(
                "youtube",
                "dQw4w9WgXcQ",
                "show",
                "¿Cuándo empieza el próximo stream?",
                T0.plusSeconds(3));
        d.message(
                "twitch",
                "alpha",
                "show",
                "Wann kommt das nächste Video? Grüße aus München",
                T0.plusSeconds(4));
        d.message("twitch", "alpha", "show", "Qual é o teclado? Obrigado", T0.plusSeconds(5));
        d.message(
                "twitch",
                "alpha",
                "show",
                "hidden keyboard spam",
                T0.plusSeconds(6),
                "general",
                true);
        d.sql(
                "INSERT INTO messages (id, platform, channel, stream, platform_message_id, username, message, \"timestamp\", received_at)"
                        + " SELECT gen_random_uuid(), 'twitch', 'bulk', 'bulk', 'b' || i, 'bulkuser', 'bulk line ' || i || ', with \"quotes\"',"
                        + " timestamptz '2025-01-01 00:00:00+00' + i * interval '1 second', now() FROM generate_series(1, "
                        + EXPORT_ROWS
                        + ") i");
        for (int i = 0; i < 3; i++) {
            d.sql(
                    "INSERT INTO stats VALUES ('show', '*', '*', '"
                            + T0.plusSeconds(60L * i)
                            + "', '"
                            + T0.plusSeconds(60L * (i + 1))
                            + "', "
                            + (10 + i)
                            + ", 2, 5, 1, '{\"question\": 2, \"general\": 8}', now())");
            d.sql(
                    "INSERT INTO stats VALUES ('show', 'twitch', 'alpha', '"
                            + T0.plusSeconds(60L * i)
                            + "', '"
                            + T0.plusSeconds(60L * (i + 1))
                            + "', "
                            + i
                            + ", 0, 1, 0, '{}', now())");
        }
        // windows sharing a start: a 1-minute and a 10-second one, for the stream and per channel
        for (int i = 0; i < 2; i++) {
            Instant start = T0.plusSeconds(60L * i);
            for (String where : List.of("'*', '*'", "'kick', 'gamma'", "'twitch', 'delta'")) {
                for (long len : List.of(60L, 10L)) {
                    d.sql(
                            "INSERT INTO stats VALUES ('paged', "
                                    + where
                                    + ", '"
                                    + start
                                    + "', '"
                                    + start.plusSeconds(len)
                                    + "', 1, 0, 1, 0, '{}', now())");
                }
            }
        }
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void statsWindowsForAStreamAndForAChannel() {
        Resp stream = http.get("/api/v1/stats?stream=show");
        assertThat(stream.status()).isEqualTo(200);
        JsonNode items = stream.json().get("items");
        assertThat(items).hasSize(3);
        JsonNode w = items.get(0);
        assertThat(w.get("window_start").asText()).isEqualTo(T0.plusSeconds(120).toString());
        assertThat(w.get("platform").asText()).isEqualTo("*");
        assertThat(w.get("messages").asInt()).isEqualTo(12);
        assertThat(w.get("categories").get("question").asInt()).isEqualTo(2);
        for (String f :
                List.of(
                        "window_start",
                        "window_end",
                        "stream",
                        "platform",
                        "channel",
                        "messages",
                        "questions",
                        "unique_chatters",
                        "upvotes",
                        "categories")) {
            assertThat(w.has(f)).as(f).isTrue();
        }
        Resp channel =
                http.get(
                        "/api/v1/stats?platform=twitch&channel=alpha&from="
                                + T0.plusSeconds(60)
                                + "&to="
                                + T0.plusSeconds(120));
        assertThat(channel.json().get("items")).hasSize(1);
        assertThat(channel.json().get("items").get(0).get("channel").asText()).isEqualTo("alpha");

        // every channel's windows of the stream, and windows of one length only
        assertThat(http.get("/api/v1/stats?stream=show&by=channel").json().get("items"))
                .hasSize(3)
                .allSatisfy(i -> assertThat(i.get("platform").asText()).isEqualTo("twitch"));
        assertThat(http.get("/api/v1/stats?stream=show&window=1m").json().get("items")).hasSize(3);
        assertThat(http.get("/api/v1/stats?stream=show&window=10s").json().get("items")).isEmpty();
        assertThat(http.get("/api/v1/stats?stream=show&window=soon").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/stats?stream=show&by=user").json().get("detail").asText())
                .contains("by");

        Resp page = http.get("/api/v1/stats?stream=show&limit=2");
        assertThat(page.json().get("items")).hasSize(2);
        Resp rest =
                http.get(
                        "/api/v1/stats?stream=show&limit=2&cursor="
                                + page.json().get("next").asText());
        assertThat(rest.json().get("items")).hasSize(1);
        assertThat(rest.json().get("next").isNull()).isTrue();

        assertThat(http.get("/api/v1/stats?from=yesterday").json().get("detail").asText())
                .startsWith("from:");
        assertThat(http.get("/api/v1/stats?from=" + T0 + "&to=" + T0).json().get("detail").asText())
                .startsWith("to:");
    }

    @Test
    void statsPagesReturnEveryWindowOnceWhenWindowsShareAStart() {
        for (String by : List.of("", "&by=channel")) {
            List<String> all = new ArrayList<>();
            for (JsonNode w :
                    http.get("/api/v1/stats?stream=paged&limit=100" + by).json().get("items")) {
                all.add(windowKey(w));
            }
            assertThat(all).hasSize(by.isEmpty() ? 4 : 8).doesNotHaveDuplicates();
            List<String> paged = new ArrayList<>();
            String cursor = null;
            for (int page = 0; page < 20; page++) {
                Resp r =
                        http.get(
                                "/api/v1/stats?stream=paged&limit=1"
                                        + by
                                        + (cursor == null ? "" : "&cursor=" + cursor));
                assertThat(r.status()).isEqualTo(200);
                r.json().get("items").forEach(w -> paged.add(windowKey(w)));
                if (r.json().get("next").isNull()) {
                    break;
                }
                cursor = r.json().get("next").asText();
            }
            // newest start first, the longer window first, then by stream, platform, channel
            assertThat(paged).as(by).isEqualTo(all);
            assertThat(all.get(0)).startsWith(T0.plusSeconds(60) + "/" + T0.plusSeconds(120));
        }
        assertThat(http.get("/api/v1/stats?cursor=" + Cursor.encode("x")).status()).isEqualTo(400);
        String start = T0.toString();
        assertThat(
                        http.get(
                                        "/api/v1/stats?cursor="
                                                + Cursor.encode(start, start, "a\0b", "*", "*"))
                                .status())
                .isEqualTo(400);
        assertThat(
                        http.get(
                                        "/api/v1/stats?cursor="
                                                + Cursor.encode("soon", "later", "s", "p", "c"))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("cursor:");
    }

    @Test
    void channelFiltersFindTwitchAndKickNamesWhateverTheirCase() {
        for (String path :
                List.of(
                        "/api/v1/messages?platform=twitch&channel=%s",
                        "/api/v1/messages?channel=%s",
                        "/api/v1/search?q=keyboard&platform=twitch&channel=%s",
                        "/api/v1/search?q=keyboard&channel=%s",
                        "/api/v1/stats?platform=twitch&channel=%s",
                        "/api/v1/stats?channel=%s")) {
            int lower = http.get(String.format(path, "alpha")).json().get("items").size();
            assertThat(lower).as(path).isPositive();
            assertThat(http.get(String.format(path, "ALPHA")).json().get("items"))
                    .as(path)
                    .hasSize(lower);
        }
    }

    @Test
    void parametersPostgresqlCannotTakeAre400sNotDatabaseErrors() {
        // %00 decodes to a NUL character; a year past 9999 parses as an Instant
        String farFuture = "%2B300000-01-01T00:00:00Z";
        for (String[] c :
                new String[][] {
                    {"/api/v1/messages?platform=twitch&channel=a%00b", "channel:"},
                    {"/api/v1/questions?stream=a%00b", "stream:"},
                    {"/api/v1/stats?platform=twitch&channel=a%00b", "channel:"},
                    {"/api/v1/search?q=x%00y", "q:"},
                    {"/api/v1/stats?from=" + farFuture, "from:"},
                    {"/api/v1/search?q=keyboard&to=" + farFuture, "to:"},
                    {
                        "/api/v1/messages?before="
                                + Cursor.encode("+300000-01-01T00:00:00Z", new UUID(0, 0)),
                        "before:"
                    },
                    {
                        "/api/v1/questions?sort=new&cursor="
                                + Cursor.encode("-5000-01-01T00:00:00Z", new UUID(0, 0)),
                        "cursor:"
                    }
                }) {
            Resp r = http.get(c[0]);
            assertThat(r.status()).as(c[0]).isEqualTo(400);
            assertThat(r.json().get("detail").asText()).as(c[0]).startsWith(c[1]);
        }
    }

    private static String windowKey(JsonNode w) {
        return w.get("window_start").asText()
                + "/"
                + w.get("window_end").asText()
                + " "
                + w.get("platform").asText()
                + ":"
                + w.get("channel").asText();
    }

    @Test
    void searchFindsWordsAsPrefixesInEveryLanguageWithHighlights() {
        Resp en = http.get("/api/v1/search?q=keyboard");
        assertThat(en.status()).isEqualTo(200);
        List<String> texts = texts(en);
        assertThat(texts)
                .containsExactlyInAnyOrder("What keyboard do you use?", "keyboards are overrated");
        JsonNode hit = en.json().get("items").get(0);
        String text = hit.get("message").get("message").asText();
        JsonNode hl = hit.get("highlights").get(0);
        assertThat(text.substring(hl.get("start").asInt(), hl.get("end").asInt()).toLowerCase())
                .startsWith("keyboard");
        assertThat(hit.get("rank").asDouble()).isPositive();

        assertThat(texts(http.get("/api/v1/search?q=" + enc("вопрос"))))
                .containsExactly("Какой у тебя вопрос? Вопросы потом");
        JsonNode ru = http.get("/api/v1/search?q=" + enc("ВОПРОС")).json().get("items").get(0);
        assertThat(ru.get("highlights")).hasSize(2);
        assertThat(texts(http.get("/api/v1/search?q=" + enc("cuándo"))))
                .containsExactly("¿Cuándo empieza el próximo stream?");
        assertThat(texts(http.get("/api/v1/search?q=" + enc("grüße münchen"))))
                .containsExactly("Wann kommt das nächste Video? Grüße aus München");
        assertThat(texts(http.get("/api/v1/search?q=" + enc("teclado"))))
                .containsExactly("Qual é o teclado? Obrigado");
    }

    @Test
    void searchOperatorsFiltersAndPaging() {
        assertThat(texts(http.get("/api/v1/search?q=keyboard%20-overrated")))
                .containsExactly("What keyboard do you use?");
        assertThat(texts(http.get("/api/v1/search?q=%22keyboard%20do%22")))
                .containsExactly("What keyboard do you use?");
        assertThat(texts(http.get("/api/v1/search?q=keyboard&to=" + T0.plusSeconds(1))))
                .containsExactly("What keyboard do you use?");
        assertThat(texts(http.get("/api/v1/search?q=keyboard&platform=kick"))).isEmpty();
        assertThat(texts(http.get("/api/v1/search?q=spam"))).isEmpty();
        assertThat(
                        texts(
                                http.get(
                                        "/api/v1/search?q=spam&include_deleted=true",
                                        stack.token(Role.MODERATOR))))
                .containsExactly("hidden keyboard spam");
        Resp p1 = http.get("/api/v1/search?q=bulk&limit=7");
        assertThat(p1.json().get("items")).hasSize(7);
        Resp p2 =
                http.get("/api/v1/search?q=bulk&limit=7&cursor=" + p1.json().get("next").asText());
        assertThat(p2.json().get("items")).hasSize(7);
        assertThat(texts(p1)).doesNotContainAnyElementsOf(texts(p2));
        assertThat(http.get("/api/v1/search").json().get("detail").asText()).startsWith("q:");
        assertThat(http.get("/api/v1/search?q=%21%21%21").json().get("detail").asText())
                .startsWith("q:");
        assertThat(http.get("/api/v1/search?q=it%27s%20%22%5C%27%20%26%20%7C").status())
                .isEqualTo(200);
    }

    @Test
    void exportStreamsJsonLinesOldestFirst() {
        Resp r =
                http.get(
                        "/api/v1/export?platform=twitch&channel=bulk&format=jsonl",
                        stack.token(Role.MODERATOR));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).hasValue("application/x-ndjson");
        assertThat(r.header("Transfer-Encoding")).hasValue("chunked");
        assertThat(r.header("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("mellchat-twitch-bulk.jsonl"));
        String[] lines = r.body().split("\n");
        assertThat(lines).hasSize(EXPORT_ROWS);
        assertThat(Http.parse(lines[0]).get("message").asText())
                .isEqualTo("bulk line 1, with \"quotes\"");
        assertThat(Http.parse(lines[EXPORT_ROWS - 1]).get("platform_message_id").asText())
                .isEqualTo("b" + EXPORT_ROWS);
    }

    @Test
    void exportCsvQuotesTextAndDefusesFormulas() {
        stack.data().message("kick", "csv", "csvs", "=HYPERLINK(\"x\")", T0);
        Resp r =
                http.get(
                        "/api/v1/export?platform=kick&channel=csv&format=csv",
                        stack.token(Role.STREAMER));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).startsWith("id,platform,channel,stream,platform_message_id");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"x\"\")\",");

        Resp range =
                http.get(
                        "/api/v1/export?stream=bulk&format=csv&from=2025-01-01T00:00:10Z&to=2025-01-01T00:00:20Z",
                        stack.token(Role.ADMIN));
        assertThat(range.body().split("\r\n")).hasSize(11);
    }

    @Test
    void exportAnswers503WhenTheDatabaseFailsBeforeAnyRow() {
        String mod = stack.token(Role.MODERATOR);
        // the query fails (no such table) as it would with PostgreSQL down
        stack.data().sql("ALTER TABLE messages RENAME TO messages_away");
        try {
            Resp r = http.get("/api/v1/export?platform=twitch&channel=bulk&format=csv", mod);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("error").asText()).isEqualTo("unavailable");
        } finally {
            stack.data().sql("ALTER TABLE messages_away RENAME TO messages");
        }
        assertThat(http.get("/api/v1/export?platform=twitch&channel=bulk", mod).status())
                .isEqualTo(200);
    }

    @Test
    void exportIsForModeratorsAndNeedsAChannel() {
        assertThat(http.get("/api/v1/export?platform=twitch&channel=bulk").status()).isEqualTo(401);
        assertThat(
                        http.get(
                                        "/api/v1/export?platform=twitch&channel=bulk",
                                        stack.token(Role.VIEWER))
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.get("/api/v1/export", stack.token(Role.ADMIN))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("channel:");
        assertThat(
                        http.get("/api/v1/export?channel=bulk", stack.token(Role.ADMIN))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("platform:");
        assertThat(
                        http.get("/api/v1/export?stream=bulk&format=xml", stack.token(Role.ADMIN))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("format:");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> texts(Resp r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().get("items").forEach(n -> out.add(n.get("message").get("message").asText()));
        return out;
    }
}
