package io.mellchat.serving.cli;

import io.mellchat.serving.auth.Jwt;
import io.mellchat.serving.auth.JwtSecret;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.config.ConfigException;
import io.mellchat.serving.config.ServingConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./mellchat token --role ROLE [--subject NAME] [--ttl 30m|12h|7d]}: prints only a signed
 * token, made with the same secret as the server ({@code MELLCHAT_JWT_SECRET} or the stored one).
 */
public final class TokenCommand {
    private static final Pattern TTL = Pattern.compile("([1-9][0-9]{0,5})([smhd])");
    static final String USAGE =
            "usage: mellchat token --role admin|streamer|moderator|viewer [--subject NAME] [--ttl 30m|12h|7d]";

    private TokenCommand() {}

    public static void main(String[] args) {
        try {
            System.out.println(run(args, System.getenv()));
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println("mellchat token: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    /** The token for these arguments and this environment. */
    static String run(String[] args, Map<String, String> env) {
        Role role = null;
        String subject = null;
        Duration ttl = Duration.ofHours(12);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.equals("--role") && !a.equals("--subject") && !a.equals("--ttl")) {
                throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--role" ->
                        role =
                                Role.parse(v)
                                        .orElseThrow(
                                                () ->
                                                        new IllegalArgumentException(
                                                                "unknown role '" + v + "'"));
                case "--subject" -> {
                    if (!v.matches("[A-Za-z0-9._@-]{1,100}")) {
                        throw new IllegalArgumentException(
                                "--subject: letters, digits, '.', '_', '@' and '-' only (at most 100)");
                    }
                    subject = v;
                }
                default -> ttl = ttl(v);
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("--role is required");
        }
        Optional<String> secret =
                Optional.ofNullable(env.get("MELLCHAT_JWT_SECRET"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty());
        if (secret.isPresent() && secret.get().length() < 32) {
            throw new ConfigException(
                    "MELLCHAT_JWT_SECRET is too short: use at least 32 characters");
        }
        Jwt jwt = new Jwt(JwtSecret.resolve(secret, ServingConfig.dataDir(env)));
        return jwt.sign(subject == null ? role.id() : subject, role, ttl);
    }

    static Duration ttl(String v) {
        Matcher m = TTL.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "--ttl '" + v + "': use a number and a unit, e.g. 30m, 12h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
