package io.mellchat.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.replay.ReplayOptions;
import io.mellchat.connectors.replay.ReplaySource;
import io.mellchat.job.records.FrameItemSerializer;
import io.mellchat.job.sinks.JobSinks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.runtime.partitioner.ForwardPartitioner;
import org.apache.flink.streaming.runtime.partitioner.KeyGroupStreamPartitioner;
import org.junit.jupiter.api.Test;

/** The shape of the job's graph: what is chained, and which exchanges flush quickly. */
class ChatJobGraphTest {
    private static final List<String> CHAT = List.of("classify", "channel-state");
    private static final List<String> EACH_RECORD =
            List.of("route-actions", "pace-questions", "questions");

    @Test
    void chatIsNormalisedAndClassifiedInItsSourcesChain() {
        JobGraph job = streamGraph(List.of("twitch", "kick")).getJobGraph();
        for (String source : List.of("twitch", "kick")) {
            JobVertex chain = vertex(job, "Source: " + source).orElseThrow();
            assertThat(chain.getName()).contains("normalise", "classify");
        }
        JobVertex channelState = vertex(job, "channel-state").orElseThrow();
        // one input per source chain: nothing between a source's chain and the key-by
        assertThat(channelState.getInputs()).hasSize(2);
        assertThat(vertex(job, "normalise").orElseThrow().getName()).startsWith("Source: ");
    }

    @Test
    void onlyTheChatPathFlushesEveryTwoMilliseconds() {
        StreamGraph graph = streamGraph(List.of("replay"));
        long live = ChatJob.LIVE_BUFFER_TIMEOUT.toMillis();
        for (StreamNode node : graph.getStreamNodes()) {
            if (CHAT.contains(node.getOperatorName())) {
                assertThat(node.getBufferTimeout()).as(node.getOperatorName()).isEqualTo(live);
            } else if (EACH_RECORD.contains(node.getOperatorName())) {
                // low-rate live outputs: flushed after each record, without a flusher thread
                assertThat(node.getBufferTimeout()).as(node.getOperatorName()).isZero();
            } else {
                // Flink's default: statistics and message votes need no 2 ms flusher threads
                assertThat(node.getBufferTimeout()).as(node.getOperatorName()).isEqualTo(100L);
            }
        }
        assertThat(graph.getStreamNodes())
                .extracting(StreamNode::getOperatorName)
                .containsAll(CHAT)
                .containsAll(EACH_RECORD)
                .contains("stats-channel", "message-votes", "pace-stats");
    }

    @Test
    void userActionsReachTheQuestionQueueInTheOrderTheyWereMade() {
        StreamGraph graph = streamGraph(List.of("replay"));
        StreamNode source = node(graph, "Source: actions");
        StreamNode router = node(graph, "route-actions");
        // no round-robin between the source and several routers
        assertThat(router.getParallelism()).isEqualTo(1);
        assertThat(router.getInEdges())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.getSourceId()).isEqualTo(source.getId());
                            assertThat(e.getPartitioner()).isInstanceOf(ForwardPartitioner.class);
                        });
        // a stream's actions all go to one pacer subtask, and on by stream to the queue
        StreamNode pacer = node(graph, "pace-questions");
        assertThat(pacer.getInEdges())
                .filteredOn(e -> e.getSourceId() == router.getId())
                .singleElement()
                .satisfies(
                        e ->
                                assertThat(e.getPartitioner())
                                        .isInstanceOf(KeyGroupStreamPartitioner.class));
        assertThat(node(graph, "questions").getInEdges())
                .singleElement()
                .satisfies(
                        e ->
                                assertThat(e.getPartitioner())
                                        .isInstanceOf(KeyGroupStreamPartitioner.class));
    }

    private static StreamNode node(StreamGraph graph, String name) {
        return graph.getStreamNodes().stream()
                .filter(n -> n.getOperatorName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operator " + name));
    }

    @Test
    void chainedOperatorsHandOnRecordsWithoutCopies() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, List.of("replay"));
        assertThat(env.getConfig().isObjectReuseEnabled()).isTrue();
        assertThat(env.getConfig().hasGenericTypesDisabled()).isTrue();
    }

    @Test
    void framesReachTheBatcherWithTheirOwnSerializer() {
        StreamNode batcher =
                streamGraph(List.of("replay")).getStreamNodes().stream()
                        .filter(n -> n.getOperatorName().equals("frame-batcher"))
                        .findFirst()
                        .orElseThrow();
        assertThat(batcher.getTypeSerializersIn()).containsExactly(FrameItemSerializer.INSTANCE);
    }

    private static StreamGraph streamGraph(List<String> sources) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env, sources);
        return env.getStreamGraph();
    }

    private static void build(StreamExecutionEnvironment env, List<String> sources) {
        JobConfig config =
                JobConfig.fromEnv(Map.of())
                        .withReplay(new ReplayOptions("/nonexistent.jsonl", 1, false))
                        .withParallelism(2);
        env.setParallelism(2);
        new ChatJob(
                        config,
                        sources.stream()
                                .map(
                                        s ->
                                                new ChatJob.NamedSource(
                                                        s, new ReplaySource(config.replay())))
                                .toList(),
                        ChatSources.actions(config),
                        JobSinks.real(config))
                .build(env);
    }

    private static Optional<JobVertex> vertex(JobGraph job, String namePart) {
        for (JobVertex v : job.getVertices()) {
            if (v.getName().contains(namePart)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
