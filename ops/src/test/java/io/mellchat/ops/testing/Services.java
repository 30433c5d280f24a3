package io.mellchat.ops.testing;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts this machine's PostgreSQL and Redis for outage tests, with the commands that
 * started them (docs of the machine, and .ci/run). Every stop must be followed by a start in a
 * finally block; {@code start*} wait until the service answers again.
 */
public final class Services {
    private Services() {}

    public static void stopPostgres() throws Exception {
        sh(
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | head -n1) main stop -m fast");
    }

    public static void startPostgres() throws Exception {
        sh(
                "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | head -n1) main start || true");
        Await.until(
                Duration.ofSeconds(60),
                () -> answers(5432) && sh("pg_isready -q -h 127.0.0.1 -p 5432") == 0,
                () -> "PostgreSQL did not come back");
    }

    public static void stopRedis() throws Exception {
        sh("redis-cli -h 127.0.0.1 -p 6379 shutdown nosave");
    }

    public static void startRedis() throws Exception {
        sh(
                "mkdir -p /var/lib/redis /var/log/redis && redis-server --daemonize yes --bind 127.0.0.1 -::1"
                        + " --port 6379 --save '' --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log");
        Await.until(
                Duration.ofSeconds(30),
                () -> sh("redis-cli -h 127.0.0.1 -p 6379 ping") == 0,
                () -> "Redis did not come back");
    }

    public static boolean answers(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int sh(String command) throws Exception {
        Process p =
                new ProcessBuilder("bash", "-c", command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("did not finish: " + command);
        }
        return p.exitValue();
    }
}
