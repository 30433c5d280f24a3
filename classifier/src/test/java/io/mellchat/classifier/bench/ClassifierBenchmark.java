package io.mellchat.classifier.bench;

import io.mellchat.classifier.ChatClassifier;
import io.mellchat.classifier.Classification;
import io.mellchat.classifier.QuestionSimilarity;
import io.mellchat.classifier.TextNormalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of the classifier over a realistic mix of chat lines (five languages,
 * every category, questions with and without '?', long lines). Target: ≥ 300,000 lines/s on one
 * core. Run by {@code ./mellchat bench}, or:
 *
 * <pre>
 * mvn -pl classifier test-compile
 * java -cp classifier/target/test-classes:classifier/target/classes:$(test classpath) \
 *     org.openjdk.jmh.Main ClassifierBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {
    static final String[] LINES = {
        "what mouse do you use?",
        "what game is this",
        "KEKW KEKW KEKW",
        "!uptime",
        "hi chat",
        "wtf?",
        "that was insane lol",
        "how long have you been streaming for",
        "bro what are you doing 💀",
        "@mell is this elden ring?",
        "https://clips.twitch.tv/SillyTinyOtterPog",
        "LUL LUL LUL LUL LUL LUL LUL LUL LUL LUL",
        "какая у тебя мышка",
        "что?",
        "всем привет",
        "ахахах он реально упал",
        "во сколько завтра стрим",
        "¿qué juego es este?",
        "jajaja que jugada",
        "de donde eres",
        "buenas noches a todos",
        "qual mouse vc usa",
        "kkkkkk mano",
        "que horas vai ter live amanhã",
        "oq?",
        "welches spiel ist das",
        "hinter dir!!",
        "wie alt bist du",
        "moin zusammen",
        "😂😂😂",
        "I'm a 12 year old kid and I love this stream, can you say hi to me? PogChamp PogChamp",
        "yo whats that keyboard u got, been looking for a new one for ages and yours sounds"
                + " really nice on stream"
    };

    private ChatClassifier classifier;
    private QuestionSimilarity similarity;
    private int next;

    @Setup
    public void setUp() {
        classifier = ChatClassifier.load();
        similarity = QuestionSimilarity.standard();
    }

    /** One chat line through rules and (when needed) the Smile question model. */
    @Benchmark
    public Classification classify() {
        String line = LINES[next];
        next = (next + 1) % LINES.length;
        return classifier.classify(line);
    }

    /** Normalisation used by the job for flood detection. */
    @Benchmark
    public String normalize() {
        String line = LINES[next];
        next = (next + 1) % LINES.length;
        return TextNormalizer.normalize(line);
    }

    /** MinHash signature of a question (the merge step runs it for questions only). */
    @Benchmark
    public int[] signature() {
        String line = LINES[next];
        next = (next + 1) % LINES.length;
        return similarity.signature(line);
    }
}
