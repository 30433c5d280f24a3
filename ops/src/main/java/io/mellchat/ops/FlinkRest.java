package io.mellchat.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A client of the Flink JobManager's REST API (the one the web UI and {@code flink run} use):
 * upload and run a job jar, follow a job's state and checkpoints, stop it with a savepoint. Flink's
 * error answers become a {@link FlinkRestException} whose message is the cause, without Flink's
 * stack traces.
 */
public final class FlinkRest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http;

    public FlinkRest(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** {@code host:port} or {@code http(s)://host:port}. */
    public static FlinkRest of(String jobManager) {
        String s = jobManager.trim();
        if (!s.matches("(?i)https?://.*")) {
            if (!s.matches("[^:/\\s]+:\\d{1,5}")) {
                throw new IllegalArgumentException(
                        "--jobmanager must be HOST:PORT of Flink's REST endpoint (rest.port, 8081 by"
                                + " default), got '"
                                + jobManager
                                + "'");
            }
            s = "http://" + s;
        }
        return new FlinkRest(URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s));
    }

    public URI base() {
        return base;
    }

    /** A job as listed by {@code GET /jobs/overview}. */
    public record Job(String id, String name, String state) {}

    /** What {@code GET /jobs/:id/checkpoints} says: completed and failed counts, the latest one. */
    public record Checkpoints(
            long completed,
            long failed,
            long restored,
            Optional<String> latestPath,
            long latestDurationMillis,
            long latestSizeBytes) {}

    /** The Flink version, which also tells that the JobManager answers. */
    public String version() throws IOException {
        return get("/config").path("flink-version").asText();
    }

    /** How many TaskManagers are registered and how many slots are free. */
    public int[] taskManagersAndFreeSlots() throws IOException {
        JsonNode o = get("/overview");
        return new int[] {o.path("taskmanagers").asInt(), o.path("slots-available").asInt()};
    }

    /** The resource ids of the registered TaskManagers. */
    public List<String> taskManagerIds() throws IOException {
        List<String> ids = new ArrayList<>();
        get("/taskmanagers").path("taskmanagers").forEach(t -> ids.add(t.path("id").asText()));
        return ids;
    }

    /** Uploads a job jar; returns its id on the JobManager. */
    public String upload(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(
                    "job jar not found: " + jar + " (build it with ./mellchat job)");
        }
        String boundary = "----mellchat" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
                        + jar.getFileName()
                        + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(jar));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode answer =
                send(
                        HttpRequest.newBuilder(uri("/jars/upload"))
                                .timeout(Duration.ofMinutes(5))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                        "upload " + jar.getFileName());
        String file = answer.path("filename").asText();
        if (file.isEmpty()) {
            throw new FlinkRestException("upload of " + jar + " answered without a file name");
        }
        return Path.of(file).getFileName().toString();
    }

    /**
     * Runs an uploaded jar.
     *
     * @param savepoint a savepoint or retained checkpoint to start from, if any
     * @return the job id
     */
    public String run(
            String jarId,
            String entryClass,
            int parallelism,
            Optional<String> savepoint,
            boolean allowNonRestoredState,
            List<String> args)
            throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("entryClass", entryClass);
        if (parallelism > 0) {
            body.put("parallelism", parallelism);
        }
        savepoint.ifPresent(s -> body.put("savepointPath", s));
        body.put("allowNonRestoredState", allowNonRestoredState);
        args.forEach(body.putArray("programArgsList")::add);
        JsonNode answer = post("/jars/" + jarId + "/run", body, "run " + entryClass);
        return answer.path("jobid").asText();
    }

    /** Deletes an uploaded jar from the JobManager. */
    public void deleteJar(String jarId) throws IOException {
        send(HttpRequest.newBuilder(uri("/jars/" + jarId)).DELETE(), "delete jar " + jarId);
    }

    public List<Job> jobs() throws IOException {
        List<Job> jobs = new ArrayList<>();
        for (JsonNode j : get("/jobs/overview").path("jobs")) {
            jobs.add(
                    new Job(
                            j.path("jid").asText(),
                            j.path("name").asText(),
                            j.path("state").asText()));
        }
        return jobs;
    }

    /** {@code CREATED}, {@code RUNNING}, {@code RESTARTING}, {@code FINISHED}, ... */
    public String state(String jobId) throws IOException {
        return get("/jobs/" + jobId).path("state").asText();
    }

    /** True when the job and every one of its tasks runs (so checkpoints can complete). */
    public boolean allTasksRunning(String jobId) throws IOException {
        JsonNode job = get("/jobs/" + jobId);
        if (!"RUNNING".equals(job.path("state").asText())) {
            return false;
        }
        for (JsonNode v : job.path("vertices")) {
            if (!"RUNNING".equals(v.path("status").asText())) {
                return false;
            }
        }
        return true;
    }

    /** The root cause of the job's last failure, if it had one. */
    public Optional<String> lastFailure(String jobId) throws IOException {
        JsonNode root = get("/jobs/" + jobId + "/exceptions").path("root-exception");
        return root.isMissingNode() || root.isNull() || root.asText().isEmpty()
                ? Optional.empty()
                : Optional.of(FlinkRestException.firstLines(root.asText(), 3));
    }

    public Checkpoints checkpoints(String jobId) throws IOException {
        JsonNode c = get("/jobs/" + jobId + "/checkpoints");
        JsonNode counts = c.path("counts");
        JsonNode latest = c.path("latest").path("completed");
        String path = latest.path("external_path").asText("");
        return new Checkpoints(
                counts.path("completed").asLong(),
                counts.path("failed").asLong(),
                counts.path("restored").asLong(),
                path.isEmpty() || "<checkpoint-not-externally-addressable>".equals(path)
                        ? Optional.empty()
                        : Optional.of(path),
                latest.path("end_to_end_duration").asLong(),
                latest.path("checkpointed_size").asLong(latest.path("state_size").asLong()));
    }

    /**
     * Stops the job with a savepoint (sources stop first, so no record is processed after it).
     *
     * @param targetDirectory where to write it; empty means the cluster's {@code
     *     state.savepoints.dir}
     * @return the savepoint's path
     */
    public String stopWithSavepoint(
            String jobId, Optional<String> targetDirectory, Duration timeout)
            throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        targetDirectory.ifPresent(d -> body.put("targetDirectory", d));
        body.put("drain", false);
        String trigger =
                post("/jobs/" + jobId + "/stop", body, "stop " + jobId).path("request-id").asText();
        return awaitSavepoint(jobId, trigger, timeout);
    }

    /** Cancels the job without a savepoint. */
    public void cancel(String jobId) throws IOException {
        send(
                HttpRequest.newBuilder(uri("/jobs/" + jobId + "?mode=cancel"))
                        .method("PATCH", HttpRequest.BodyPublishers.noBody()),
                "cancel " + jobId);
    }

    private String awaitSavepoint(String jobId, String trigger, Duration timeout)
            throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            JsonNode s = get("/jobs/" + jobId + "/savepoints/" + trigger);
            if ("COMPLETED".equals(s.path("status").path("id").asText())) {
                JsonNode op = s.path("operation");
                if (op.has("failure-cause")) {
                    throw new FlinkRestException(
                            "savepoint of job "
                                    + jobId
                                    + " failed: "
                                    + FlinkRestException.firstLines(
                                            op.path("failure-cause")
                                                    .path("stack-trace")
                                                    .asText(
                                                            op.path("failure-cause")
                                                                    .path("class")
                                                                    .asText()),
                                            3));
                }
                return op.path("location").asText();
            }
            Thread.sleep(250);
        }
        throw new FlinkRestException(
                "savepoint of job " + jobId + " did not complete within " + timeout);
    }

    private JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), "GET " + path);
    }

    private JsonNode post(String path, JsonNode body, String what) throws IOException {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                what);
    }

    private URI uri(String path) {
        return URI.create(base + "/v1" + path);
    }

    private JsonNode send(HttpRequest.Builder request, String what) throws IOException {
        HttpResponse<String> r;
        try {
            r =
                    http.send(
                            request.timeout(REQUEST_TIMEOUT).build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + what, e);
        } catch (IOException e) {
            throw new FlinkRestException(
                    "cannot reach the Flink JobManager at "
                            + base
                            + " ("
                            + e
                            + "): check --jobmanager HOST:PORT (Flink's rest.port)",
                    e);
        }
        JsonNode body = r.body().isBlank() ? JSON.createObjectNode() : parse(r.body());
        if (r.statusCode() >= 400) {
            throw FlinkRestException.fromAnswer(what, r.statusCode(), body);
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode().put("errors", text);
        }
    }
}
