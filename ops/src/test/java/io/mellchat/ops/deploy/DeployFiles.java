package io.mellchat.ops.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mellchat.ops.cluster.ClusterConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** Reads the deployment files and the project's sources for the consistency tests. */
public final class DeployFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern METRIC =
            Pattern.compile("\\b((?:flink|mellchat)_[A-Za-z0-9_]+)\\b");

    private DeployFiles() {}

    public static Path root() {
        return ClusterConfig.root();
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** A YAML file, with anchors, aliases and {@code <<} merge keys resolved (SnakeYAML). */
    public static JsonNode yaml(String relative) throws IOException {
        Object doc = new Yaml().load(Files.readString(file(relative)));
        return JSON.valueToTree(doc);
    }

    /** Every document of a multi-document YAML file. */
    public static List<JsonNode> yamlDocuments(String relative) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                YAML.readerFor(JsonNode.class).readValues(file(relative).toFile())) {
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull() && !n.isMissingNode()) {
                    docs.add(n);
                }
            }
        }
        return docs;
    }

    public static JsonNode json(String relative) throws IOException {
        return JSON.readTree(file(relative).toFile());
    }

    public static String text(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every main Java source of the project (what the config readers are). */
    public static String mainSources() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(root())) {
            for (Path p :
                    files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> f.toString().contains("/src/main/java/"))
                            .filter(f -> !f.toString().contains("/node_modules/"))
                            .filter(f -> !f.toString().contains("/target/"))
                            .toList()) {
                b.append(Files.readString(p)).append('\n');
            }
        }
        return b.toString();
    }

    /** The value of a property of the root pom ({@code <name>value</name>}). */
    public static String pomProperty(String name) {
        Matcher m =
                Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(text("pom.xml"));
        if (!m.find()) {
            throw new IllegalStateException("no <" + name + "> in pom.xml");
        }
        return m.group(1).trim();
    }

    /** Prometheus metric names ({@code flink_*}, {@code mellchat_*}) used in some text. */
    public static Set<String> metricNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The metric names used by the alert rules and both dashboards. */
    public static Set<String> referencedMetricNames() {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(metricNames(text("deploy/prometheus/alerts.yml")));
        names.addAll(metricNames(text("deploy/grafana/dashboards/mellchat-operations.json")));
        return names;
    }
}
