package io.mellchat.ops.deploy;

import static io.mellchat.ops.deploy.DeployFiles.file;
import static io.mellchat.ops.deploy.DeployFiles.json;
import static io.mellchat.ops.deploy.DeployFiles.yaml;
import static io.mellchat.ops.deploy.DeployFiles.yamlDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.ops.FlinkCli;
import io.mellchat.ops.cluster.ClusterConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, Prometheus, Grafana and Kubernetes files, checked without a Docker engine or
 * a Kubernetes cluster: they parse, carry what an operator needs, and agree with the code
 * (variables the config readers know, ports, paths, the Flink version, flink-conf/config.yaml).
 */
class DeploymentFilesTest {
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)");
    private static final Set<String> COMPOSE_SERVICES =
            Set.of(
                    "postgres",
                    "redis",
                    "serving",
                    "jobmanager",
                    "taskmanager",
                    "job-submitter",
                    "postgres-exporter",
                    "prometheus",
                    "grafana");

    static String sources;
    static Map<String, String> flinkConf;
    static JsonNode compose;

    @BeforeAll
    static void read() throws Exception {
        sources = DeployFiles.mainSources();
        flinkConf = ClusterConfig.read(ClusterConfig.projectConfig());
        compose = yaml("docker-compose.yml");
    }

    @Test
    void flinkConfigHasWhatAClusterNeeds() {
        assertThat(flinkConf)
                .containsEntry("state.backend.type", "rocksdb")
                .containsEntry("execution.checkpointing.incremental", "true")
                .containsEntry("restart-strategy.type", "exponential-delay")
                .containsEntry(
                        "metrics.reporter.prom.factory.class",
                        "org.apache.flink.metrics.prometheus.PrometheusReporterFactory")
                .containsEntry(
                        "execution.checkpointing.externalized-checkpoint-retention",
                        "RETAIN_ON_CANCELLATION")
                .containsKeys(
                        "execution.checkpointing.dir",
                        "execution.checkpointing.savepoint-dir",
                        "taskmanager.memory.process.size",
                        "jobmanager.memory.process.size",
                        "taskmanager.numberOfTaskSlots");
        // every module open the build gives Flink's JVMs is in the cluster's JVM options too
        String opens = DeployFiles.pomProperty("flink.jvm.opens");
        for (String open : opens.split("\\s+")) {
            assertThat(flinkConf.get("env.java.opts.all")).as(open).contains(open);
        }
    }

    @Test
    void composeHasEveryServicePinnedNonRootAndHealthChecked() {
        Set<String> names = fieldNames(compose.path("services"));
        assertThat(names).containsExactlyInAnyOrderElementsOf(COMPOSE_SERVICES);
        for (String name : names) {
            JsonNode s = service(name);
            String image = s.path("image").asText();
            assertThat(image)
                    .as(name + " image")
                    .matches(
                            "[a-z0-9./_-]+:[0-9][A-Za-z0-9._-]*|[a-z0-9./_-]+:v[0-9][A-Za-z0-9._-]*");
            String user = s.path("user").asText();
            assertThat(user).as(name + " user").isNotBlank().isNotEqualTo("root");
            assertThat(user.split(":")[0]).as(name + " uid").isNotEqualTo("0");
            if (!name.equals("job-submitter")) {
                assertThat(s.path("healthcheck").path("test").isArray())
                        .as(name + " healthcheck")
                        .isTrue();
            }
            Iterator<Map.Entry<String, JsonNode>> deps = s.path("depends_on").fields();
            while (deps.hasNext()) {
                Map.Entry<String, JsonNode> d = deps.next();
                assertThat(d.getValue().path("condition").asText())
                        .as(name + " depends on " + d.getKey())
                        .isEqualTo("service_healthy");
                assertThat(service(d.getKey()).has("healthcheck")).isTrue();
            }
        }
    }

    @Test
    void composeFlinkImageIsTheProjectsFlinkLine() {
        String minor =
                DeployFiles.pomProperty("flink.version").replaceAll("^(\\d+\\.\\d+).*", "$1");
        String dockerfile = DeployFiles.text("deploy/flink/Dockerfile");
        assertThat(dockerfile)
                .containsPattern(
                        "FROM flink:" + Pattern.quote(minor) + "\\.\\d+-scala_2\\.12-java17");
        assertThat(DeployFiles.text("deploy/flink/Dockerfile.job"))
                .containsPattern(
                        "FROM flink:" + Pattern.quote(minor) + "\\.\\d+-scala_2\\.12-java17");
        assertThat(service("jobmanager").path("build").path("context").asText())
                .isEqualTo("deploy/flink");
        assertThat(service("jobmanager").path("volumes").toString())
                .contains("./flink-conf:/opt/mellchat/flink-conf:ro");
        assertThat(service("jobmanager").path("entrypoint").toString())
                .contains("/opt/mellchat/flink-conf/config.yaml /opt/flink/conf/config.yaml");
    }

    @Test
    void composeVariablesAreOnesTheCodeReads() {
        List<String> vars = new ArrayList<>();
        for (String name : fieldNames(compose.path("services"))) {
            vars.addAll(fieldNames(service(name).path("environment")));
        }
        Matcher m = INTERPOLATION.matcher(DeployFiles.text("docker-compose.yml"));
        while (m.find()) {
            vars.add(m.group(1));
        }
        for (String v : vars) {
            if (v.startsWith("MELLCHAT_")) {
                assertThat(sources).as(v + " is read by the code").contains("\"" + v + "\"");
            }
        }
        assertThat(vars).contains("MELLCHAT_PG_URL", "MELLCHAT_REDIS_URL", "MELLCHAT_JWT_SECRET");
    }

    @Test
    void composePortsAndAddressesMatchTheConfiguration() {
        String httpPort =
                service("serving").path("environment").path("MELLCHAT_HTTP_PORT").asText();
        assertThat(service("serving").path("ports").toString()).contains(":" + httpPort + "\"");
        assertThat(service("serving").path("healthcheck").toString())
                .contains("localhost:" + httpPort + "/observe/health/live");
        String rest = flinkConf.get("rest.port");
        assertThat(service("jobmanager").path("ports").toString()).contains(rest + ":" + rest);
        assertThat(service("jobmanager").path("healthcheck").toString())
                .contains("localhost:" + rest + "/");
        assertThat(service("job-submitter").path("command").toString())
                .contains("\"jobmanager:" + rest + "\"");
        assertThat(flinkConf.get("jobmanager.rpc.address")).isEqualTo("jobmanager");
        assertThat(
                        service("jobmanager")
                                .path("environment")
                                .path("JOB_MANAGER_RPC_ADDRESS")
                                .asText())
                .isEqualTo("jobmanager");
        assertThat(
                        service("taskmanager")
                                .path("environment")
                                .path("JOB_MANAGER_RPC_ADDRESS")
                                .asText())
                .isEqualTo("jobmanager");
        String prom = flinkConf.get("metrics.reporter.prom.port");
        assertThat(service("taskmanager").path("healthcheck").toString())
                .contains("localhost:" + prom + "/");
        String scrape = DeployFiles.text("deploy/prometheus/prometheus.yml");
        assertThat(scrape)
                .contains("jobmanager:" + prom)
                .contains("port: " + prom)
                .contains("serving:" + httpPort);
        assertThat(scrape).contains("metrics_path: /observe/metrics");
        for (String name : List.of("serving", "jobmanager")) {
            assertThat(service(name).path("environment").path("MELLCHAT_PG_URL").asText())
                    .isEqualTo("jdbc:postgresql://postgres:5432/mellchat");
            assertThat(service(name).path("environment").path("MELLCHAT_REDIS_URL").asText())
                    .isEqualTo("redis://redis:6379");
        }
    }

    @Test
    void composeMountsExistingFilesAndTheBuildsArtifacts() {
        String version = DeployFiles.pomProperty("version");
        for (String name : fieldNames(compose.path("services"))) {
            for (JsonNode v : service(name).path("volumes")) {
                String host = v.asText().split(":")[0];
                if (!host.startsWith("./")) {
                    continue; // named volume
                }
                if (host.contains("/target")) {
                    assertThat(host)
                            .as("a build artifact")
                            .isIn(
                                    "./serving/target",
                                    "./ops/target/mellchat-ops.jar",
                                    "./flink-job/target/flink-job-" + version + "-job.jar");
                } else {
                    assertThat(file(host.substring(2))).as(name + " mounts " + host).exists();
                }
            }
        }
        assertThat(DeployFiles.text("ops/pom.xml")).contains("/mellchat-ops.jar</outputFile>");
        assertThat(DeployFiles.text("flink-job/pom.xml"))
                .contains("<shadedClassifierName>job</shadedClassifierName>");
        assertThat(DeployFiles.text("serving/pom.xml")).contains("mellchat-serving");
    }

    @Test
    void alertRulesParseAndCoverWhatAnOperatorMustKnow() throws Exception {
        JsonNode prom = yaml("deploy/prometheus/prometheus.yml");
        assertThat(prom.path("rule_files").toString()).contains("/etc/prometheus/alerts.yml");
        assertThat(service("prometheus").path("volumes").toString())
                .contains("./deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml");
        List<String> names = new ArrayList<>();
        for (JsonNode g : yaml("deploy/prometheus/alerts.yml").path("groups")) {
            assertThat(g.path("name").asText()).isNotBlank();
            for (JsonNode r : g.path("rules")) {
                String expr = r.path("expr").asText();
                assertThat(r.path("alert").asText()).isNotBlank();
                assertThat(expr).as(r.path("alert").asText()).isNotBlank();
                assertBalanced(expr);
                assertThat(r.path("labels").path("severity").asText()).isIn("critical", "warning");
                assertThat(r.path("annotations").path("summary").asText()).isNotBlank();
                names.add(r.path("alert").asText());
            }
        }
        assertThat(names)
                .contains(
                        "MellChatJobNotRunning",
                        "MellChatCheckpointsFailing",
                        "MellChatChannelInError",
                        "MellChatApiErrors",
                        "MellChatWebSocketDrops");
        JsonNode queries = yaml("deploy/prometheus/postgres-exporter-queries.yml");
        assertThat(queries.path("mellchat_channel").path("query").asText())
                .contains("FROM channels");
    }

    @Test
    void grafanaProvisionsPostgresAndPrometheusAndBothDashboards() throws Exception {
        JsonNode ds = yaml("deploy/grafana/provisioning/datasources/datasources.yml");
        List<String> uids = new ArrayList<>();
        ds.path("datasources").forEach(d -> uids.add(d.path("uid").asText()));
        assertThat(uids).containsExactlyInAnyOrder("mellchat-pg", "mellchat-prom");
        assertThat(ds.toString()).contains("postgres:5432").contains("http://prometheus:9090");
        assertThat(service("grafana").path("environment").has("PG_PASSWORD")).isTrue();
        assertThat(yaml("deploy/grafana/provisioning/dashboards/dashboards.yml").toString())
                .contains("/var/lib/grafana/dashboards");

        JsonNode stats = json("deploy/grafana/dashboards/mellchat-stats.json");
        assertThat(titles(stats))
                .contains(
                        "Messages per platform",
                        "Questions per platform",
                        "Unique chatters per platform",
                        "Top questions",
                        "Answer latency");
        String statsSql = stats.path("panels").toString();
        assertThat(statsSql)
                .contains("FROM stats")
                .contains("unique_chatters")
                .contains("FROM questions");
        assertThat(statsSql).contains("answered_at - \\\"timestamp\\\"");
        assertDatasources(stats, uids);

        JsonNode ops = json("deploy/grafana/dashboards/mellchat-operations.json");
        assertThat(String.join("|", titles(ops)))
                .contains("Throughput")
                .contains("Checkpoint duration")
                .contains("Checkpoint size")
                .contains("reconnects")
                .contains("API latency")
                .contains("WebSocket sessions");
        assertDatasources(ops, uids);
        for (JsonNode p : ops.path("panels")) {
            for (JsonNode t : p.path("targets")) {
                assertBalanced(t.path("expr").asText());
            }
        }
    }

    @Test
    void statsDashboardQueriesOnlyColumnsTheSchemaHas() {
        String schema = DeployFiles.text("storage/src/main/resources/db/migration/V1__schema.sql");
        for (String column :
                List.of(
                        "window_start",
                        "unique_chatters",
                        "answered_at",
                        "asks",
                        "score",
                        "upvotes",
                        "stream")) {
            assertThat(schema).contains(column);
        }
    }

    @Test
    void kubernetesManifestsDescribeTheJobAndAScalableServing() throws Exception {
        Map<String, JsonNode> byKind = new HashMap<>();
        List<JsonNode> all = new ArrayList<>();
        for (String f :
                List.of(
                        "external-services.yaml",
                        "config.yaml",
                        "flink-deployment.yaml",
                        "serving.yaml",
                        "namespace.yaml")) {
            for (JsonNode d : yamlDocuments("deploy/k8s/" + f)) {
                assertThat(d.path("apiVersion").asText()).as(f).isNotBlank();
                assertThat(d.path("metadata").path("name").asText()).as(f).isNotBlank();
                byKind.putIfAbsent(d.path("kind").asText(), d);
                all.add(d);
            }
        }
        assertThat(byKind)
                .containsKeys(
                        "FlinkDeployment",
                        "Deployment",
                        "Service",
                        "HorizontalPodAutoscaler",
                        "ConfigMap",
                        "Namespace");
        assertThat(DeployFiles.text("deploy/k8s/kustomization.yaml"))
                .contains(
                        "external-services.yaml",
                        "config.yaml",
                        "flink-deployment.yaml",
                        "serving.yaml");

        JsonNode flink = byKind.get("FlinkDeployment");
        assertThat(flink.path("apiVersion").asText()).isEqualTo("flink.apache.org/v1beta1");
        assertThat(flink.path("spec").path("flinkVersion").asText()).isEqualTo("v1_20");
        JsonNode job = flink.path("spec").path("job");
        assertThat(job.path("entryClass").asText()).isEqualTo(FlinkCli.ENTRY_CLASS);
        assertThat(job.path("upgradeMode").asText()).isEqualTo("savepoint");
        assertThat(job.path("jarURI").asText())
                .isEqualTo("local:///opt/flink/usrlib/mellchat-job.jar");
        assertThat(DeployFiles.text("deploy/flink/Dockerfile.job"))
                .contains("/opt/flink/usrlib/mellchat-job.jar");
        JsonNode fc = flink.path("spec").path("flinkConfiguration");
        Set<String> clusterLocal =
                Set.of(
                        "jobmanager.rpc.address",
                        "jobmanager.rpc.port",
                        "jobmanager.bind-host",
                        "taskmanager.bind-host",
                        "rest.address",
                        "rest.bind-address",
                        "rest.port",
                        "web.upload.dir",
                        "web.submit.enable",
                        "io.tmp.dirs",
                        "state.backend.rocksdb.localdir",
                        "execution.checkpointing.dir",
                        "execution.checkpointing.savepoint-dir",
                        "jobmanager.memory.process.size",
                        "taskmanager.memory.process.size");
        for (Map.Entry<String, String> e : flinkConf.entrySet()) {
            if (!clusterLocal.contains(e.getKey())) {
                assertThat(fc.path(e.getKey()).asText())
                        .as("flinkConfiguration " + e.getKey())
                        .isEqualTo(e.getValue());
            }
        }
        assertThat(fc.path("execution.checkpointing.dir").asText()).startsWith("s3://");
        assertThat(
                        flink.path("spec")
                                .path("podTemplate")
                                .path("spec")
                                .path("securityContext")
                                .path("runAsNonRoot")
                                .asBoolean())
                .isTrue();

        JsonNode deployment = byKind.get("Deployment");
        JsonNode pod = deployment.path("spec").path("template");
        assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean())
                .isTrue();
        JsonNode container = pod.path("spec").path("containers").get(0);
        JsonNode config = byKind.get("ConfigMap").path("data");
        assertThat(container.path("ports").get(0).path("containerPort").asText())
                .isEqualTo(config.path("MELLCHAT_HTTP_PORT").asText());
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/observe/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/observe/health/live");
        for (String key : fieldNames(config)) {
            assertThat(sources).as(key + " is read by the code").contains("\"" + key + "\"");
        }
        for (JsonNode e : container.path("env")) {
            assertThat(sources).contains("\"" + e.path("name").asText() + "\"");
        }
        assertThat(config.path("MELLCHAT_PG_URL").asText()).contains("//postgres:5432/");
        assertThat(config.path("MELLCHAT_REDIS_URL").asText()).isEqualTo("redis://redis:6379");

        JsonNode labels = pod.path("metadata").path("labels");
        boolean servingService = false;
        Set<String> external = new java.util.HashSet<>();
        for (JsonNode d : all) {
            if (!d.path("kind").asText().equals("Service")) {
                continue;
            }
            if (d.path("spec").path("type").asText().equals("ExternalName")) {
                external.add(d.path("metadata").path("name").asText());
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> sel = d.path("spec").path("selector").fields();
            while (sel.hasNext()) {
                Map.Entry<String, JsonNode> s = sel.next();
                assertThat(labels.path(s.getKey()).asText()).isEqualTo(s.getValue().asText());
            }
            servingService = true;
        }
        assertThat(servingService).isTrue();
        assertThat(external).containsExactlyInAnyOrder("postgres", "redis");
        JsonNode hpa = byKind.get("HorizontalPodAutoscaler").path("spec");
        assertThat(hpa.path("scaleTargetRef").path("name").asText())
                .isEqualTo(deployment.path("metadata").path("name").asText());
        assertThat(hpa.path("maxReplicas").asInt()).isGreaterThan(hpa.path("minReplicas").asInt());
    }

    private static JsonNode service(String name) {
        JsonNode s = compose.path("services").path(name);
        assertThat(s.isMissingNode()).as("service " + name).isFalse();
        return s;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> titles(JsonNode dashboard) {
        List<String> t = new ArrayList<>();
        dashboard.path("panels").forEach(p -> t.add(p.path("title").asText()));
        return t;
    }

    private static void assertDatasources(JsonNode dashboard, List<String> uids) {
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        for (JsonNode p : dashboard.path("panels")) {
            assertThat(p.path("gridPos").has("w")).isTrue();
            assertThat(uids).contains(p.path("datasource").path("uid").asText());
            assertThat(p.path("targets").size()).as(p.path("title").asText()).isPositive();
        }
    }

    /** Parentheses, brackets and braces of a PromQL expression are balanced. */
    static void assertBalanced(String expr) {
        StringBuilder stack = new StringBuilder();
        boolean quoted = false;
        for (char c : expr.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && "([{".indexOf(c) >= 0) {
                stack.append(c);
            } else if (!quoted && ")]}".indexOf(c) >= 0) {
                assertThat(stack.length()).as("unbalanced: " + expr).isPositive();
                char open = stack.charAt(stack.length() - 1);
                assertThat("([{".indexOf(open))
                        .as("unbalanced: " + expr)
                        .isEqualTo(")]}".indexOf(c));
                stack.setLength(stack.length() - 1);
            }
        }
        assertThat(stack.length()).as("unbalanced: " + expr).isZero();
        assertThat(quoted).as("unclosed quote: " + expr).isFalse();
    }
}
