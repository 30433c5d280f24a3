package io.mellchat.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./mellchat submit|stop|status}: runs the job jar on a Flink session cluster and stops it
 * with a savepoint, through the JobManager's REST API. Results (a job id, a savepoint path) go to
 * stdout; progress and errors to stderr. Exit codes: 0 done, 1 Flink refused or failed, 2 usage.
 */
public final class FlinkCli {
    public static final String ENTRY_CLASS = "io.mellchat.job.ChatJobMain";
    public static final String JOB_NAME = "MellChat";

    private final PrintStream out;
    private final PrintStream err;

    FlinkCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new FlinkCli(System.out, System.err).run(args));
    }

    int run(String[] args) {
        if (args.length == 0) {
            err.println(usage());
            return 2;
        }
        try {
            Options o = Options.parse(List.of(args).subList(1, args.length));
            switch (args[0]) {
                case "submit":
                    return submit(o);
                case "stop":
                    return stop(o);
                case "status":
                    return status(o);
                default:
                    throw new IllegalArgumentException("unknown command '" + args[0] + "'");
            }
        } catch (IllegalArgumentException e) {
            err.println("mellchat: " + e.getMessage());
            err.println(usage());
            return 2;
        } catch (IOException e) {
            err.println("mellchat: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int submit(Options o) throws IOException, InterruptedException {
        FlinkRest flink = o.flink();
        Path jar = o.jar.orElseThrow(() -> new IllegalArgumentException("--jar FILE is required"));
        err.println("mellchat: Flink " + flink.version() + " at " + flink.base());
        if (o.ifAbsent) {
            List<FlinkRest.Job> running = activeJobs(flink);
            if (!running.isEmpty()) {
                err.println("mellchat: a " + JOB_NAME + " job already runs; not submitting again");
                out.println(running.get(0).id());
                return 0;
            }
        }
        String jarId = flink.upload(jar);
        err.println("mellchat: uploaded " + jar.getFileName() + " as " + jarId);
        String job =
                flink.run(
                        jarId,
                        o.entryClass,
                        o.parallelism,
                        o.savepoint,
                        o.allowNonRestored,
                        o.args);
        o.savepoint.ifPresent(s -> err.println("mellchat: restoring from " + s));
        Instant end = Instant.now().plus(o.timeout);
        String state = flink.state(job);
        while (!"RUNNING".equals(state) && Instant.now().isBefore(end)) {
            if (List.of("FAILED", "CANCELED", "FINISHED").contains(state)) {
                err.println(
                        "mellchat: job "
                                + job
                                + " is "
                                + state
                                + flink.lastFailure(job).map(f -> ": " + f).orElse(""));
                return 1;
            }
            Thread.sleep(250);
            state = flink.state(job);
        }
        err.println("mellchat: job " + job + " " + state);
        out.println(job);
        return "RUNNING".equals(state) ? 0 : 1;
    }

    private int stop(Options o) throws IOException, InterruptedException {
        FlinkRest flink = o.flink();
        String job = o.job.isPresent() ? o.job.get() : runningJob(flink);
        if (o.cancel) {
            flink.cancel(job);
            err.println("mellchat: job " + job + " cancelled (no savepoint)");
            return 0;
        }
        err.println("mellchat: stopping job " + job + " with a savepoint...");
        String path = flink.stopWithSavepoint(job, o.savepoint, o.timeout);
        err.println(
                "mellchat: stopped; resume with ./mellchat submit --jobmanager ... --savepoint "
                        + path);
        out.println(path);
        return 0;
    }

    private int status(Options o) throws IOException {
        FlinkRest flink = o.flink();
        int[] tm = flink.taskManagersAndFreeSlots();
        err.println(
                "mellchat: Flink "
                        + flink.version()
                        + ", "
                        + tm[0]
                        + " TaskManager(s), "
                        + tm[1]
                        + " free slot(s)");
        for (FlinkRest.Job j : flink.jobs()) {
            out.println(j.id() + " " + j.state() + " " + j.name());
        }
        return 0;
    }

    /** The one running (or restarting) MellChat job. */
    static String runningJob(FlinkRest flink) throws IOException {
        List<FlinkRest.Job> jobs =
                flink.jobs().stream()
                        .filter(j -> JOB_NAME.equals(j.name()))
                        .filter(
                                j ->
                                        List.of("RUNNING", "RESTARTING", "CREATED")
                                                .contains(j.state()))
                        .toList();
        if (jobs.size() != 1) {
            throw new IllegalArgumentException(
                    jobs.isEmpty()
                            ? "no running " + JOB_NAME + " job on " + flink.base()
                            : jobs.size()
                                    + " running "
                                    + JOB_NAME
                                    + " jobs: name one with --job ID");
        }
        return jobs.get(0).id();
    }

    static List<FlinkRest.Job> activeJobs(FlinkRest flink) throws IOException {
        return flink.jobs().stream()
                .filter(j -> JOB_NAME.equals(j.name()))
                .filter(
                        j ->
                                List.of("RUNNING", "RESTARTING", "CREATED", "INITIALIZING")
                                        .contains(j.state()))
                .toList();
    }

    static String usage() {
        return String.join(
                "\n",
                "usage: submit --jobmanager HOST:PORT --jar FILE [--savepoint PATH] [--parallelism N]",
                "              [--allow-non-restored-state] [--if-absent] [--entry-class C] [--timeout 120s]",
                "              [-- JOB ARGS]",
                "       stop --jobmanager HOST:PORT [--job ID] [--savepoint DIR | --cancel] [--timeout 120s]",
                "       status --jobmanager HOST:PORT");
    }

    /** Parsed command-line options. */
    static final class Options {
        Optional<String> jobManager = Optional.empty();
        Optional<Path> jar = Optional.empty();
        Optional<String> savepoint = Optional.empty();
        Optional<String> job = Optional.empty();
        int parallelism;
        boolean allowNonRestored;
        boolean cancel;
        boolean ifAbsent;
        String entryClass = ENTRY_CLASS;
        Duration timeout = Duration.ofSeconds(120);
        final List<String> args = new ArrayList<>();

        static Options parse(List<String> a) {
            Options o = new Options();
            for (int i = 0; i < a.size(); i++) {
                String flag = a.get(i);
                switch (flag) {
                    case "--":
                        o.args.addAll(a.subList(i + 1, a.size()));
                        return o;
                    case "--jobmanager":
                        o.jobManager = Optional.of(value(a, ++i, flag));
                        break;
                    case "--jar":
                        o.jar = Optional.of(Path.of(value(a, ++i, flag)));
                        break;
                    case "--savepoint":
                        o.savepoint = Optional.of(value(a, ++i, flag));
                        break;
                    case "--job":
                        o.job = Optional.of(value(a, ++i, flag));
                        break;
                    case "--parallelism":
                        o.parallelism = positive(value(a, ++i, flag), flag);
                        break;
                    case "--entry-class":
                        o.entryClass = value(a, ++i, flag);
                        break;
                    case "--timeout":
                        o.timeout = seconds(value(a, ++i, flag));
                        break;
                    case "--allow-non-restored-state":
                        o.allowNonRestored = true;
                        break;
                    case "--if-absent":
                        o.ifAbsent = true;
                        break;
                    case "--cancel":
                        o.cancel = true;
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            return o;
        }

        FlinkRest flink() {
            return FlinkRest.of(
                    jobManager.orElseThrow(
                            () ->
                                    new IllegalArgumentException(
                                            "--jobmanager HOST:PORT is required")));
        }

        private static String value(List<String> a, int i, String flag) {
            if (i >= a.size()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return a.get(i);
        }

        private static int positive(String v, String flag) {
            try {
                int n = Integer.parseInt(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(flag + " must be a positive whole number, got " + v);
        }

        private static Duration seconds(String v) {
            String s = v.endsWith("s") ? v.substring(0, v.length() - 1) : v;
            return Duration.ofSeconds(positive(s, "--timeout"));
        }
    }
}
