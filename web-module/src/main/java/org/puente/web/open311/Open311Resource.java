package org.puente.web.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.puente.abuse.TooManyRequestsException;
import org.puente.catalog.CatalogService;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.report.ApiReceipt;
import org.puente.report.ApiRefusal;
import org.puente.report.ApiReport;
import org.puente.report.Open311Keys;
import org.puente.report.PublicReport;
import org.puente.report.PublicReports;
import org.puente.report.ReportIntake;
import org.puente.report.ReportPlaces;
import org.puente.web.platform.Messages;

/**
 * Open311 GeoReport v2: services, service definitions, requests (GET with the spec's filters, and
 * POST), one request, and tokens. The folio is the service_request_id; the jurisdiction_id is the
 * municipality's code (optional while only one municipality is served); address_id is a colonia's
 * id; an Idempotency-Key header (also usable as the token) makes a retried POST return the first
 * report. The resource only translates: HTTP to a call of the intake ({@link ReportIntake#fileFromApi})
 * or of the read side ({@link PublicReports}), and their answer or refusal back (the spec's error
 * document with 400, 403 or 404; 429 with {@code Retry-After} beyond a limit). Over 150 lines because
 * the spec's five endpoints each name their parameters here; the work is in the services.
 */
@Path("v2")
@ApplicationScoped // one instance: its services' references are made once, not on every request (an intake's CPU)
public class Open311Resource {

    @Inject
    private CatalogService catalog;

    @Inject
    private ReportIntake intake;

    @Inject
    private ReportPlaces places;

    @Inject
    private PublicReports publicReports;

    @Inject
    private Open311Keys keys;

    /** The request being answered (a proxy to the current one: this resource is shared by every request). */
    @Context
    private HttpServletRequest request;

    @GET
    @Path("services.{format}")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        Format f = format(format);
        return ok(f, answer(() -> f.services(catalog.activeServices(places.jurisdiction(jurisdiction)))));
    }

    @GET
    @Path("services/{code}.{format}")
    public Response definition(
            @PathParam("code") String code,
            @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        Format f = format(format);
        return ok(f, answer(() -> f.definition(places.service(places.jurisdiction(jurisdiction), code))));
    }

    @GET
    @Path("requests.{format}")
    public Response requests(
            @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate,
            @QueryParam("status") String status) {
        Format f = format(format);
        Body body = answer(() -> places.jurisdiction(jurisdiction));
        List<String> folios = blank(ids)
                ? List.of()
                : Arrays.stream(ids.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        OffsetDateTime end = date(endDate, "end_date");
        OffsetDateTime start = date(startDate, "start_date");
        return ok(f, answer(() -> f.requests(publicReports.search(body, folios, serviceCode, status, start, end))));
    }

    @GET
    @Path("requests/{id}.{format}")
    public Response request(
            @PathParam("id") String id,
            @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        Format f = format(format);
        return ok(f, answer(() -> f.requests(List.of(publicReports.request(places.jurisdiction(jurisdiction), id)))));
    }

    @GET
    @Path("tokens/{token}.{format}")
    public Response token(
            @PathParam("token") String token,
            @PathParam("format") String format,
            @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("api_key") String apiKey) {
        Format f = format(format);
        PublicReport report = answer(() -> {
            keys.check(apiKey);
            return publicReports
                    .byIdempotencyKey(places.jurisdiction(jurisdiction), keys.clientKey(apiKey, token))
                    .orElseThrow(() -> new ApiRefusal(ApiRefusal.Reason.UNKNOWN, "open311.token.unknown", token));
        });
        return ok(f, f.token(token, report.folio()));
    }

    @POST
    @Path("requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @PathParam("format") String format,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            MultivaluedMap<String, String> form) {
        Format f = format(format);
        ApiReceipt receipt = answer(() -> intake.fileFromApi(new ApiReport(
                form.getFirst("api_key"),
                request.getRemoteAddr(),
                form.getFirst("jurisdiction_id"),
                form.getFirst("service_code"),
                form.getFirst("lat"),
                form.getFirst("long"),
                form.getFirst("address_id"),
                form.getFirst("address_string"),
                form.getFirst("description"),
                form.getFirst("first_name"),
                form.getFirst("last_name"),
                form.getFirst("email"),
                form.getFirst("phone"),
                idempotencyKey)));
        String notice = text("open311.notice", receipt.department(), receipt.deadlineHours())
                + (receipt.trackingCode() == null ? "" : " " + text("open311.notice.code", receipt.trackingCode()));
        return Response.status(receipt.alreadyFiled() ? 200 : 201)
                .type(f.mediaType())
                .entity(f.created(receipt.folio(), notice))
                .build();
    }

    /** Calls the service, and turns its refusal into the spec's error with the status that says why. */
    private <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiRefusal refused) {
            int status =
                    switch (refused.getReason()) {
                        case KEY -> 403;
                        case UNKNOWN -> 404;
                        case INVALID -> 400;
                    };
            throw new Open311Error(status, text(refused));
        } catch (TooManyRequestsException tooMany) {
            throw new Open311Error(429, List.of(text(tooMany)), tooMany.getRetryAfterSeconds());
        } catch (InvalidInputException invalid) {
            throw new Open311Error(
                    400, invalid.getProblems().stream().map(this::text).toList());
        } catch (BusinessException refused) {
            throw new Open311Error(400, text(refused));
        }
    }

    private Format format(String extension) {
        Format format = Format.of(extension);
        if (format == null) {
            throw new Open311Error(404, text("open311.format.unknown"));
        }
        return format;
    }

    /** A W3C date-time parameter, or null when it is not given. */
    private OffsetDateTime date(String value, String name) {
        if (blank(value)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, text("open311.date.invalid", name));
        }
    }

    private static Response ok(Format format, String body) {
        return Response.ok(body, format.mediaType()).build();
    }

    private String text(BusinessException problem) {
        return Messages.text(Messages.locale(request.getHeader("Accept-Language")), problem);
    }

    /** The message in the client's language (Accept-Language: English or else Spanish). */
    private String text(String key, Object... arguments) {
        return Messages.text(Messages.locale(request.getHeader("Accept-Language")), key, arguments);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
