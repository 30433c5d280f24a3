package io.mellchat.serving.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.StaticContentService;

/**
 * The PWA at {@code /}: the {@code web} module's build (classpath {@code /web/}) when it is on the
 * classpath, otherwise a small placeholder page. Paths that are not files fall back to {@code
 * index.html} (client-side routing). Hashed assets under {@code /assets/} are cached for a year;
 * {@code index.html}, the service worker and the manifest are revalidated on every load.
 */
public final class WebContent {
    static final String PWA_ROOT = "web";
    static final String PLACEHOLDER_ROOT = "serving-placeholder";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";

    private WebContent() {}

    /** The classpath folder served: the PWA when present, else the placeholder. */
    public static String root() {
        ClassLoader cl = WebContent.class.getClassLoader();
        return cl.getResource(PWA_ROOT + "/index.html") != null ? PWA_ROOT : PLACEHOLDER_ROOT;
    }

    public static void register(HttpRouting.Builder routing) {
        routing.get(
                "/*",
                (req, res) -> {
                    String path = req.path().path();
                    res.header(
                            HeaderNames.CACHE_CONTROL,
                            path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
                    res.next();
                });
        routing.register(
                "/",
                StaticContentService.builder(root())
                        .welcomeFileName("index.html")
                        .pathMapper(WebContent::spaPath)
                        .build());
    }

    /** Client-side routes (no file extension) are served index.html. */
    static String spaPath(String path) {
        if (path.startsWith("/api/")
                || path.startsWith("/observe")
                || path.equals("/ws")
                || path.startsWith("/openapi")) {
            return path;
        }
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1);
        if (last.isEmpty() || last.contains(".")) {
            return path;
        }
        return path.startsWith("/") ? "/index.html" : "index.html";
    }
}
