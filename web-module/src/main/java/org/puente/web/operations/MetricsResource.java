package org.puente.web.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GET /api/metrics: {@link PuenteMetrics} for Prometheus, to the scraper with the token or a signed-in
 * administrator ({@link MetricsAccess}).
 */
@Path("/metrics")
@RequestScoped
public class MetricsResource {

    /** Prometheus's text exposition format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    private PuenteMetrics metrics;

    @Inject
    @ConfigProperty(name = "puente.metrics.token")
    private Optional<String> token;

    @Context
    private HttpServletRequest request;

    @GET
    public Response scrape(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        MetricsAccess access = MetricsAccess.decide(
                authorization, token, request.isUserInRole("ADMIN"), request.getUserPrincipal() != null);
        return switch (access) {
            case ALLOWED -> Response.ok(metrics.scrape(), PROMETHEUS_TEXT).build();
            case UNAUTHORIZED -> Response.status(access.status)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"puente-metrics\"")
                    .build();
            case FORBIDDEN -> Response.status(access.status).build();
        };
    }
}
