package io.mellchat.serving.observe;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.webserver.observe.health.HealthObserver;
import io.mellchat.serving.redis.Redis;
import io.mellchat.serving.store.Db;
import java.util.function.BooleanSupplier;

/**
 * {@code /observe/health}: liveness (the server answers) and readiness: PostgreSQL answers, Redis
 * answers, and the job runs (its heartbeat key {@value Redis#JOB_HEARTBEAT} is present).
 */
public final class Health {
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
                boolean ok;
                try {
                    ok = up.getAsBoolean();
                } catch (RuntimeException e) {
                    ok = false;
                }
                HealthCheckResponse.Builder b = HealthCheckResponse.builder().status(ok);
                if (!ok) {
                    b.detail("reason", downDetail);
                }
                return b.build();
            }
        };
    }
}
