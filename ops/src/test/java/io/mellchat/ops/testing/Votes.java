package io.mellchat.ops.testing;

import io.mellchat.model.UserAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Writes upvotes into the job's actions stream the way serving does (XADD with UserAction's
 * fields).
 */
public final class Votes {
    private final String streamKey;

    public Votes(String streamKey) {
        this.streamKey = streamKey;
    }

    /** One upvote of a message by {@code voter}, with a fresh action id. */
    public void upvoteMessage(UUID message, String voter, String platform, String channel)
            throws Exception {
        UserAction a =
                new UserAction(
                        UUID.randomUUID().toString(),
                        UserAction.Type.UPVOTE,
                        UserAction.Target.MESSAGE,
                        message,
                        voter,
                        "viewer",
                        Instant.now(),
                        "default",
                        platform,
                        channel);
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                "redis-cli",
                                "-h",
                                "127.0.0.1",
                                "-p",
                                "6379",
                                "XADD",
                                streamKey,
                                "*"));
        for (Map.Entry<String, String> f : a.toStreamFields().entrySet()) {
            cmd.add(f.getKey());
            cmd.add(f.getValue());
        }
        Process p =
                new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("XADD to " + streamKey + " failed");
        }
    }
}
