package io.mellchat.serving.http;

import io.helidon.webserver.http.ServerRequest;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.auth.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Role checks for handlers: 401 without a token, 403 for a role that may not act. */
public final class Access {
    private Access() {}

    public static Principal require(ServerRequest req, String action, Set<Role> roles) {
        Principal p =
                Clients.principal(req)
                        .orElseThrow(
                                () ->
                                        ApiException.unauthorized(
                                                action
                                                        + " needs a token: send Authorization:"
                                                        + " Bearer <token>"));
        if (!roles.contains(p.role())) {
            throw ApiException.forbidden(
                    "role "
                            + p.role().id()
                            + " may not "
                            + action
                            + "; allowed: "
                            + roles.stream()
                                    .map(Role::id)
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        }
        return p;
    }

    public static final Set<Role> ANY = Set.of(Role.values());
    public static final Set<Role> MODERATORS = Set.of(Role.ADMIN, Role.STREAMER, Role.MODERATOR);
    public static final Set<Role> OWNERS = Set.of(Role.ADMIN, Role.STREAMER);
    public static final Set<Role> ADMINS = Set.of(Role.ADMIN);

    /** True when the caller is a moderator, streamer or admin. */
    public static boolean moderates(ServerRequest req) {
        return Clients.principal(req).map(p -> p.role().moderates()).orElse(false);
    }

    static String list(Role... roles) {
        return Arrays.stream(roles).map(Role::id).collect(Collectors.joining(", "));
    }
}
