package io.mellchat.connectors.youtube.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.connectors.youtube.client.ChatItem;
import io.mellchat.connectors.youtube.client.ChatPageParser;
import io.mellchat.connectors.youtube.client.SkipCounter;
import io.mellchat.model.ChannelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * YouTube chat pages → MellChat events on one thread, counted per chat item: a Data API {@code
 * liveChatMessages.list} page and a web client {@code get_live_chat} page of {@value #ITEMS} items
 * each, built from the real JSON of parts B3 and B5 (text messages, Super Chats, a membership, a
 * deletion and a ban; the web page also has emoji runs). The JSON text is parsed as part of the
 * work, as the clients do with each answer.
 *
 * <p>Run: {@code java -cp <test classpath>
 * io.mellchat.connectors.youtube.bench.YouTubeParseBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class YouTubeParseBenchmark {
    static final int ITEMS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ChannelSpec SPEC = ChannelSpec.parse("youtube:dQw4w9WgXcQ", "default");
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    private final ChatPageParser parser = new ChatPageParser(SkipCounter.NONE, 65_536);
    private String dataApiPage;
    private String webPage;

    @Setup
    public void load() throws IOException {
        dataApiPage = dataApiPage();
        webPage = webPage();
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public List<ChatItem> dataApiItems() {
        return parser.dataApiPage(dataApiPage, SPEC, NOW);
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public List<ChatItem> webItems() {
        return parser.webPage(webPage, SPEC, NOW);
    }

    /** 100 items: mostly text, every 10th a Super Chat, one deletion and one ban. */
    static String dataApiPage() throws IOException {
        JsonNode text = JSON.readTree(resource("api-text-message.json"));
        JsonNode paid = JSON.readTree(resource("api-super-chat.json"));
        String[] moderation = resource("api-deleted-and-banned.jsonl").split("\n");
        ObjectNode page = JSON.createObjectNode();
        page.put("kind", "youtube#liveChatMessageListResponse")
                .put("nextPageToken", "GOtoken")
                .put("pollingIntervalMillis", 5_000);
        ArrayNode items = page.putArray("items");
        for (int i = 0; i < ITEMS - 2; i++) {
            ObjectNode item = ((i % 10 == 9) ? paid : text).deepCopy();
            item.put("id", item.path("id").asText() + i);
            items.add(item);
        }
        items.add(JSON.readTree(moderation[0]));
        items.add(JSON.readTree(moderation[1]));
        return page.toString();
    }

    /** 100 actions cycling through the real web fixtures, plus emoji runs in the text messages. */
    static String webPage() throws IOException {
        String[] fixtures = resource("web-actions.jsonl").split("\n");
        JsonNode emoji =
                JSON.readTree(
                        """
                {"emoji":{"emojiId":"UCkszU2WH9gy1mb0dV-11UJg/CIW60IPp_dYCFcuqTgodEu4IlQ","shortcuts":[":_wave:"],
                 "isCustomEmoji":true,"image":{"thumbnails":[{"url":"https://yt3.ggpht.com/a=w24-h24","width":24,"height":24},
                 {"url":"https://yt3.ggpht.com/a=w48-h48","width":48,"height":48}]}}}""");
        ObjectNode page = JSON.createObjectNode();
        ObjectNode chat = page.putObject("continuationContents").putObject("liveChatContinuation");
        chat.putArray("continuations")
                .addObject()
                .putObject("invalidationContinuationData")
                .put("timeoutMs", 5_000)
                .put("continuation", "0ofMyANcontinuation");
        ArrayNode actions = chat.putArray("actions");
        for (int i = 0; i < ITEMS; i++) {
            ObjectNode a = (ObjectNode) JSON.readTree(fixtures[i % fixtures.length]);
            JsonNode text =
                    a.path("addChatItemAction").path("item").path("liveChatTextMessageRenderer");
            if (text.isObject()) {
                ((ObjectNode) text).put("id", text.path("id").asText() + i);
                ((ArrayNode) text.path("message").path("runs")).add(emoji);
            }
            actions.add(a);
        }
        return page.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = YouTubeParseBenchmark.class.getResourceAsStream("/youtube/" + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no fixture " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(
                        new OptionsBuilder()
                                .include(YouTubeParseBenchmark.class.getSimpleName())
                                .build())
                .run();
    }
}
