package io.mellchat.serving.api;

import io.helidon.webserver.http.HttpRouting;
import io.mellchat.serving.ServingContext;
import io.mellchat.serving.config.ServingConfig;
import io.mellchat.serving.http.ApiException;

/** Mounts every {@code /api/v1} service, and a JSON 404 for unknown API paths. */
public final class ApiServices {
    private ApiServices() {}

    public static void register(HttpRouting.Builder routing, ServingContext ctx) {
        ServingConfig c = ctx.config();
        Votes votes = new Votes(ctx.actions(), ctx.upvotes(), ctx.questions(), ctx.messages());
        routing.register(
                Api.PREFIX,
                new ChannelService(ctx.routes(), ctx.channels(), ctx.directory(), c.maxBodyBytes()),
                new MessageService(ctx.routes(), ctx.messages(), ctx.actions(), votes),
                new QuestionService(
                        ctx.routes(), ctx.questions(), ctx.actions(), votes, ctx.questionsCache()),
                new StatsService(ctx.routes(), ctx.stats()),
                new SearchService(ctx.routes(), ctx.search()),
                new ExportService(ctx.routes(), ctx.messages()),
                new ViewerService(
                        ctx.routes(),
                        ctx.auth().jwt(),
                        ctx.limiter(),
                        c.limits().viewerTokensPerAddress(),
                        c.trustForwardedFor()),
                new KeyService(ctx.routes(), ctx.auth().keys(), c.maxBodyBytes()));
        routing.any(
                "/api/*",
                (req, res) -> {
                    throw ApiException.notFound(
                            "no API endpoint "
                                    + req.prologue().method().text()
                                    + " "
                                    + req.path().path()
                                    + "; see /openapi");
                });
    }
}
