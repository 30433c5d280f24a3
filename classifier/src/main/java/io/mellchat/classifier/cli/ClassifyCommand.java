package io.mellchat.classifier.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mellchat.classifier.ChatClassifier;
import io.mellchat.classifier.Classification;
import io.mellchat.classifier.ClassifierException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code mellchat classify}: reads chat lines on stdin (UTF-8; invalid bytes become U+FFFD) and
 * writes one JSON object per line, {@code {"text":…,"category":…,"confidence":…}}, using the same
 * {@link ChatClassifier} as the Flink job.
 *
 * <pre>java -cp … io.mellchat.classifier.cli.ClassifyCommand [--model FILE]</pre>
 */
public final class ClassifyCommand {
    private static final JsonFactory JSON = new JsonFactory();

    private ClassifyCommand() {}

    public static void main(String[] args) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // Smile logs through SLF4J; without a binding it warns on stderr at start-up
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Path model = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--model" -> {
                    if (i + 1 >= args.length) {
                        usage("--model needs a file");
                    }
                    model = Path.of(args[++i]);
                }
                case "-h", "--help" -> {
                    System.out.println(
                            "usage: mellchat classify [--model FILE] < lines.txt\n"
                                    + "  one JSON object per input line:"
                                    + " {\"text\":…,\"category\":…,\"confidence\":…}");
                    return;
                }
                default -> usage("unknown option " + args[i]);
            }
        }
        try {
            ChatClassifier c = model == null ? ChatClassifier.load() : ChatClassifier.load(model);
            run(System.in, System.out, c);
        } catch (ClassifierException e) {
            System.err.println("mellchat classify: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("mellchat classify: I/O error: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage(String problem) {
        System.err.println("mellchat classify: " + problem + " (usage: classify [--model FILE])");
        System.exit(2);
    }

    /**
     * Classifies every line of {@code in} and writes JSON lines to {@code out} (flushed whenever
     * the input has nothing more buffered, so interactive use answers line by line). Returns the
     * number of lines.
     */
    public static long run(InputStream in, OutputStream out, ChatClassifier classifier)
            throws IOException {
        BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                in,
                                StandardCharsets.UTF_8
                                        .newDecoder()
                                        .onMalformedInput(CodingErrorAction.REPLACE)
                                        .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                        1 << 16);
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.setRootValueSeparator(null);
        long n = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            Classification c = classifier.classify(line);
            g.writeStartObject();
            g.writeStringField("text", line);
            g.writeStringField("category", c.category().id());
            g.writeNumberField("confidence", Math.round(c.confidence() * 10_000) / 10_000.0);
            g.writeEndObject();
            g.writeRaw('\n');
            n++;
            if (!reader.ready()) {
                g.flush();
                out.flush();
            }
        }
        g.flush();
        out.flush();
        return n;
    }
}
