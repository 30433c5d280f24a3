package io.mellchat.ops.cluster;

import io.mellchat.ops.FlinkRest;
import io.mellchat.ops.testing.Await;
import io.mellchat.ops.testing.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Flink session cluster on this machine, as {@code start-cluster.sh} would run it: one
 * JobManager ({@code StandaloneSessionClusterEntrypoint}) and TaskManagers ({@code
 * TaskManagerRunner}), each its own JVM, with the classpath of Flink's {@code lib/} built from
 * Maven artifacts, a config dir generated from {@code flink-conf/config.yaml}, and the JVM memory
 * flags that Flink's {@code BashJavaUtils} computes from it (exactly what the distribution's
 * scripts do).
 */
public final class FlinkCluster implements AutoCloseable {
    private static final String ENTRYPOINT =
            "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
    private static final String TASK_MANAGER =
            "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
    private static final String BASH_JAVA_UTILS =
            "org.apache.flink.runtime.util.bash.BashJavaUtils";
    private static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

    private final Path dir;
    private final Path confDir;
    private final Map<String, String> conf;
    private final Map<String, String> env;
    private final String classpath;
    private final int restPort;
    private final List<Node> taskManagers = new ArrayList<>();
    private final Map<String, List<String>> resourceParams = new HashMap<>();
    private Node jobManager;
    private int started;

    /** One Flink process. */
    public record Node(String name, Process process, Path log, int metricsPort) {
        public boolean alive() {
            return process.isAlive();
        }
    }

    private FlinkCluster(Path dir, Map<String, String> conf, Map<String, String> env)
            throws IOException {
        this.dir = dir;
        this.confDir = dir.resolve("conf");
        this.conf = conf;
        this.env = env;
        this.classpath = readClasspath();
        this.restPort = Integer.parseInt(conf.get("rest.port"));
    }

    /**
     * Starts a JobManager and one TaskManager.
     *
     * @param env environment of the Flink processes (the job reads its MELLCHAT_* configuration
     *     from the JobManager's environment, where {@code main()} runs)
     * @param overrides Flink options to change besides addresses, ports and directories
     */
    public static FlinkCluster start(
            Path dir, Map<String, String> env, Map<String, String> overrides) throws Exception {
        Map<String, String> conf =
                new LinkedHashMap<>(ClusterConfig.read(ClusterConfig.projectConfig()));
        String data = dir.resolve("data").toUri().toString();
        conf.put("jobmanager.rpc.address", "127.0.0.1");
        conf.put("jobmanager.rpc.port", Integer.toString(Ports.free()));
        conf.put("jobmanager.bind-host", "127.0.0.1");
        conf.put("taskmanager.bind-host", "127.0.0.1");
        conf.put("taskmanager.host", "127.0.0.1");
        conf.put("rest.address", "127.0.0.1");
        conf.put("rest.bind-address", "127.0.0.1");
        conf.put("rest.port", Integer.toString(Ports.free()));
        conf.put("web.upload.dir", dir.resolve("data/uploads").toString());
        conf.put("io.tmp.dirs", dir.resolve("data/tmp").toString());
        conf.put("state.backend.rocksdb.localdir", dir.resolve("data/rocksdb").toString());
        conf.put("execution.checkpointing.dir", data + "checkpoints");
        conf.put("execution.checkpointing.savepoint-dir", data + "savepoints");
        // small processes: 2 cores are shared with the rest of the build
        conf.put("jobmanager.memory.process.size", "800m");
        conf.put("taskmanager.memory.process.size", "1280m");
        conf.putAll(overrides);
        for (String d : List.of("data/uploads", "data/tmp", "data/rocksdb", "log")) {
            Files.createDirectories(dir.resolve(d));
        }
        FlinkCluster c = new FlinkCluster(dir, conf, env);
        ClusterConfig.write(conf, c.confDir.resolve("config.yaml"));
        Files.writeString(c.confDir.resolve("log4j.properties"), LOG4J);
        try {
            c.jobManager = c.launch("jobmanager", ENTRYPOINT, "GET_JM_RESOURCE_PARAMS");
            Await.until(
                    Duration.ofSeconds(90),
                    c::restAnswers,
                    () -> "JobManager REST: " + c.tail(c.jobManager));
            c.startTaskManager();
        } catch (Exception | AssertionError e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Starts one more TaskManager and waits until it registered. */
    public Node startTaskManager() throws Exception {
        Node tm = launch("taskmanager-" + (++started), TASK_MANAGER, "GET_TM_RESOURCE_PARAMS");
        taskManagers.add(tm);
        Await.until(
                Duration.ofSeconds(90),
                () -> {
                    if (!tm.alive()) {
                        throw new AssertionError(tm.name() + " exited: " + tail(tm));
                    }
                    return rest().taskManagerIds().contains(tm.name());
                },
                () -> tm.name() + " did not register: " + tail(tm));
        return tm;
    }

    /** {@code kill -9}: the process gets no chance to clean up or say goodbye. */
    public void kill(Node node) throws InterruptedException {
        node.process().destroyForcibly();
        node.process().waitFor(30, TimeUnit.SECONDS);
    }

    public FlinkRest rest() {
        return FlinkRest.of("127.0.0.1:" + restPort);
    }

    /** {@code host:port} of the REST endpoint, as {@code --jobmanager} takes it. */
    public String jobManagerAddress() {
        return "127.0.0.1:" + restPort;
    }

    public Node jobManager() {
        return jobManager;
    }

    public List<Node> taskManagers() {
        return List.copyOf(taskManagers);
    }

    public String conf(String key) {
        return conf.get(key);
    }

    public Path dir() {
        return dir;
    }

    private boolean restAnswers() {
        if (!jobManager.alive()) {
            throw new AssertionError("JobManager exited: " + tail(jobManager));
        }
        try {
            rest().version();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Node launch(String name, String mainClass, String resourceCommand) throws Exception {
        List<String> resources = resourceParams(resourceCommand);
        int metricsPort = Ports.free();
        Path log = dir.resolve("log").resolve(name + ".log");
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(split(resources.get(0)));
        cmd.addAll(split(conf.getOrDefault("env.java.opts.all", "")));
        cmd.add("-Dlog.file=" + log);
        cmd.add("-Dlog4j.configurationFile=file:" + confDir.resolve("log4j.properties"));
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.add("--configDir");
        cmd.add(confDir.toString());
        cmd.add("-D");
        cmd.add("metrics.reporter.prom.port=" + metricsPort);
        if (mainClass.equals(TASK_MANAGER)) {
            cmd.add("-D");
            cmd.add("taskmanager.resource-id=" + name);
        }
        if (resources.size() > 1) {
            cmd.addAll(split(resources.get(1)));
        }
        ProcessBuilder pb =
                new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log").resolve(name + ".out").toFile());
        pb.environment().putAll(env);
        return new Node(name, pb.start(), log, metricsPort);
    }

    /** What {@code BashJavaUtils} prints for the scripts: JVM flags, then dynamic -D options. */
    private List<String> resourceParams(String command) throws Exception {
        List<String> known = resourceParams.get(command);
        if (known == null) {
            known = computeResourceParams(command);
            resourceParams.put(command, known);
        }
        return known;
    }

    private List<String> computeResourceParams(String command) throws Exception {
        Process p =
                new ProcessBuilder(
                                java(),
                                "-cp",
                                classpath,
                                BASH_JAVA_UTILS,
                                command,
                                "--configDir",
                                confDir.toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("BashJavaUtils " + command + " failed: " + out);
        }
        List<String> results = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (line.startsWith(RESULT_PREFIX)) {
                results.add(line.substring(RESULT_PREFIX.length()).trim());
            }
        }
        if (results.isEmpty()) {
            throw new IllegalStateException(
                    "BashJavaUtils " + command + " printed no result: " + out);
        }
        return results;
    }

    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        for (String p : s.trim().split("\\s+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    /**
     * The JVM for Flink: Java 17 as in the {@code flink:1.20-java17} image when installed, else
     * this one.
     */
    static String java() {
        String explicit = System.getProperty("mellchat.flink.java");
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        Path jdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        if (Files.isExecutable(jdk17)) {
            return jdk17.toString();
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String readClasspath() throws IOException {
        Path file =
                Path.of(
                        System.getProperty(
                                "mellchat.flink.classpath", "target/flink-cluster-classpath.txt"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "Flink cluster classpath missing: "
                            + file
                            + " (mvn -pl ops generate-test-resources writes it)");
        }
        return Files.readString(file).trim();
    }

    /** The last lines of a process's log, for failure messages. */
    public String tail(Node node) {
        StringBuilder b = new StringBuilder();
        for (Path p : List.of(node.log(), node.log().resolveSibling(node.name() + ".out"))) {
            try {
                List<String> lines = Files.readAllLines(p);
                b.append("\n--- ").append(p.getFileName()).append('\n');
                b.append(
                        String.join(
                                "\n", lines.subList(Math.max(0, lines.size() - 25), lines.size())));
            } catch (IOException e) {
                // not written yet
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws InterruptedException {
        List<Node> all = new ArrayList<>(taskManagers);
        if (jobManager != null) {
            all.add(jobManager);
        }
        for (Node n : all) {
            n.process().destroy();
        }
        for (Node n : all) {
            if (!n.process().waitFor(20, TimeUnit.SECONDS)) {
                n.process().destroyForcibly().waitFor();
            }
        }
    }

    private static final String LOG4J =
            String.join(
                    "\n",
                    "rootLogger.level = INFO",
                    "rootLogger.appenderRef.file.ref = MainAppender",
                    "logger.pekko.name = org.apache.pekko",
                    "logger.pekko.level = WARN",
                    "logger.netty.name = org.apache.flink.shaded.netty4",
                    "logger.netty.level = WARN",
                    "appender.main.name = MainAppender",
                    "appender.main.type = File",
                    "appender.main.fileName = ${sys:log.file}",
                    "appender.main.layout.type = PatternLayout",
                    "appender.main.layout.pattern = %d{HH:mm:ss,SSS} %-5p %-40c{1.} - %m%n",
                    "");
}
