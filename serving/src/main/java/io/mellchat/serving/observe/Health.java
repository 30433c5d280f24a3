package io.mellchat.serving.observe;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.observe.health.HealthObserver;
import io.mellchat.serving.redis.Redis;
import io.mellchat.serving.store.Db;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * {@code /observe/health}: liveness (the server answers) and readiness: PostgreSQL answers, Redis
 * answers, and the job runs (its heartbeat key {@value Redis#JOB_HEARTBEAT} is present).
 */
public final class Health {
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

    private Health() {}

    public static HealthObserver observer(Db db, Redis redis) {
        return HealthObserver.builder()
                .details(true)
                .addCheck(
                        check("server", HealthCheckType.LIVENESS, () -> true, ""),
                        HealthCheckType.LIVENESS)
                .addCheck(
                        check(
                                "postgresql",
                                HealthCheckType.READINESS,
                                db::ping,
                                "PostgreSQL is not answering: check MELLCHAT_PG_URL"),
                        HealthCheckType.READINESS)
                .addCheck(
                        check(
                                "redis",
                                HealthCheckType.READINESS,
                                redis::ping,
                                "Redis is not answering: check MELLCHAT_REDIS_URL"),
                        HealthCheckType.READINESS)
                .addCheck(
                        check(
                                "job",
                                HealthCheckType.READINESS,
                                redis::jobRunning,
                                "the Flink job is not running (no "
                                        + Redis.JOB_HEARTBEAT
                                        + " heartbeat in Redis)"),
                        HealthCheckType.READINESS)
                .build();
    }

    private static HealthCheck check(
            String name, HealthCheckType type, BooleanSupplier up, String downDetail) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthCheckType type() {
                return type;
            }

            @Override
            public HealthCheckResponse call() {
                boolean ok = within(CHECK_TIMEOUT, up);
                HealthCheckResponse.Builder b = HealthCheckResponse.builder().status(ok);
                if (!ok) {
                    b.detail("reason", downDetail);
                }
                return b.build();
            }
        };
    }

    /**
     * Whether {@code up} says yes within {@code limit}. A dependency that hangs (a stopped
     * PostgreSQL makes the pool wait for its connection timeout) is down: a probe must get its 503
     * in time rather than no answer.
     */
    static boolean within(Duration limit, BooleanSupplier up) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Thread.ofVirtual()
                .name("mellchat-health-check")
                .start(
                        () -> {
                            try {
                                answer.complete(up.getAsBoolean());
                            } catch (RuntimeException e) {
                                answer.complete(false);
                            }
                        });
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
