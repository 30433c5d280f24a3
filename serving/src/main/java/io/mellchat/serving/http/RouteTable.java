package io.mellchat.serving.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The API's routes as they are registered: services add them through {@link #on}, which also
 * answers 405 (with {@code Allow}) for the other methods of a known path. The OpenAPI test reads
 * this table to check the document against the real routes.
 */
public final class RouteTable {
    /** One route: method and full path template, e.g. {@code GET /api/v1/questions}. */
    public record Route(String method, String path) {}

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Registers routes of one service, mounted under {@code prefix}. */
    public Registrar on(HttpRules rules, String prefix) {
        return new Registrar(rules, prefix);
    }

    /** Adds routes to one service's rules. */
    public final class Registrar {
        private final HttpRules rules;
        private final String prefix;
        private final Map<String, List<String>> methods = new LinkedHashMap<>();

        private Registrar(HttpRules rules, String prefix) {
            this.rules = rules;
            this.prefix = prefix;
        }

        public Registrar get(String path, Handler h) {
            return add(Method.GET, path, h);
        }

        public Registrar post(String path, Handler h) {
            return add(Method.POST, path, h);
        }

        public Registrar delete(String path, Handler h) {
            return add(Method.DELETE, path, h);
        }

        private Registrar add(Method m, String path, Handler h) {
            rules.route(m, path, h);
            routes.add(new Route(m.text(), prefix + path));
            methods.computeIfAbsent(path, p -> new ArrayList<>()).add(m.text());
            return this;
        }

        /** After the routes: 405 for other methods on the same paths. */
        public void done() {
            methods.forEach(
                    (path, ms) -> {
                        TreeSet<String> allow = new TreeSet<>(ms);
                        if (allow.contains("GET")) {
                            allow.add("HEAD");
                        }
                        allow.add("OPTIONS");
                        String allowHeader = String.join(", ", allow);
                        rules.any(
                                path,
                                (req, res) -> {
                                    throw new ApiException(
                                            Status.METHOD_NOT_ALLOWED_405,
                                            "method_not_allowed",
                                            req.prologue().method().text()
                                                    + " is not allowed here; use "
                                                    + String.join(" or ", ms),
                                            Map.of(HeaderNames.ALLOW.defaultCase(), allowHeader));
                                });
                    });
        }
    }
}
