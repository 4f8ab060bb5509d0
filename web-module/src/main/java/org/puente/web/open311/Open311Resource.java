package org.puente.web.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.puente.platform.SecretTokens;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.abuse.Limit;
import org.puente.abuse.RateLimits;
import org.puente.abuse.TooManyRequestsException;
import org.puente.catalog.CatalogService;
import org.puente.catalog.Colonia;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.report.Channel;
import org.puente.report.NewReport;
import org.puente.report.PublicReport;
import org.puente.report.PublicReports;
import org.puente.report.ReportReceipt;
import org.puente.report.ReportService;
import org.puente.report.ReportStatus;

/**
 * Open311 GeoReport v2: services, service definitions, requests (GET with the spec's filters, and
 * POST), one request, and tokens. The folio is the service_request_id; the jurisdiction_id is the
 * municipality's code (optional while only one municipality is served); address_id is a colonia's
 * id; an Idempotency-Key header (also usable as the token) makes a retried POST return the first
 * report. Errors are the spec's error document with 400, 403 or 404; a POST beyond the limits of its
 * API key or of its client's address ({@link RateLimits}) is answered 429 with {@code Retry-After}.
 */
@Path("v2")
@RequestScoped
public class Open311Resource {

    private static final int MAX_RESULTS = 1000;
    private static final Duration MAX_SPAN = Duration.ofDays(90);
    private static final double MAX_DISTANCE_METRES = 3000;
    private static final int MAX_IDEMPOTENCY_KEY = 64;

    @Inject
    private OrganizationService organizations;

    @Inject
    private CatalogService catalog;

    @Inject
    private ReportService reports;

    @Inject
    private PublicReports publicReports;

    @Inject
    private RateLimits limits;

    @Context
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "puente.open311.api.keys")
    private Optional<String> apiKeys;

    @Inject
    @ConfigProperty(name = "puente.demo", defaultValue = "false")
    private boolean demo;

    @HeaderParam("Accept-Language")
    private String acceptLanguage;

    @GET
    @Path("services.{format}")
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        Format f = Format.of(format);
        return ok(f, f.services(catalog.activeServices(jurisdiction(jurisdiction))));
    }

    @GET
    @Path("services/{code}.{format}")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
                               @QueryParam("jurisdiction_id") String jurisdiction) {
        Format f = Format.of(format);
        return ok(f, f.definition(service(jurisdiction(jurisdiction), code)));
    }

    @GET
    @Path("requests.{format}")
    public Response requests(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
                             @QueryParam("service_request_id") String ids, @QueryParam("service_code") String serviceCode,
                             @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate,
                             @QueryParam("status") String status) {
        Format f = Format.of(format);
        Body body = jurisdiction(jurisdiction);
        List<String> folios = blank(ids) ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        OffsetDateTime end = blank(endDate) ? OffsetDateTime.now() : date(endDate, "end_date");
        OffsetDateTime start = blank(startDate) ? end.minus(MAX_SPAN) : date(startDate, "start_date");
        if (start.isAfter(end) || Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new Open311Error(400, text("open311.dates.span"));
        }
        if (!blank(serviceCode)) {
            service(body, serviceCode);
        }
        return ok(f, f.requests(publicReports.find(body, folios, blank(serviceCode) ? null : serviceCode.strip(),
                statuses(status), start, end, MAX_RESULTS)));
    }

    @GET
    @Path("requests/{id}.{format}")
    public Response request(@PathParam("id") String id, @PathParam("format") String format,
                            @QueryParam("jurisdiction_id") String jurisdiction) {
        Format f = Format.of(format);
        PublicReport report = publicReports.byFolio(jurisdiction(jurisdiction), id.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new Open311Error(404, text("open311.request.unknown", id)));
        return ok(f, f.requests(List.of(report)));
    }

    @GET
    @Path("tokens/{token}.{format}")
    public Response token(@PathParam("token") String token, @PathParam("format") String format,
                          @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("api_key") String apiKey) {
        Format f = Format.of(format);
        checkApiKey(apiKey);
        PublicReport report = publicReports.byIdempotencyKey(jurisdiction(jurisdiction), clientKey(apiKey, token))
                .orElseThrow(() -> new Open311Error(404, text("open311.token.unknown", token)));
        return ok(f, f.token(token, report.folio()));
    }

    @POST
    @Path("requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("format") String format, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           MultivaluedMap<String, String> form) {
        Format f = Format.of(format);
        checkApiKey(form.getFirst("api_key"));
        try {
            limits.require(Limit.OPEN311_SOURCE, request.getRemoteAddr(), null);
            limits.require(Limit.OPEN311_KEY, form.getFirst("api_key"), null);
        } catch (TooManyRequestsException tooMany) {
            throw new Open311Error(429, List.of(text(tooMany)), tooMany.getRetryAfterSeconds());
        }
        Body body = jurisdiction(form.getFirst("jurisdiction_id"));
        String serviceCode = form.getFirst("service_code");
        if (blank(serviceCode)) {
            throw new Open311Error(400, text("open311.service.missing"));
        }
        PublicService service = service(body, serviceCode);
        BigDecimal lat = decimal(form.getFirst("lat"), "lat");
        BigDecimal lon = decimal(form.getFirst("long"), "long");
        if ((lat == null) != (lon == null)) {
            throw new Open311Error(400, text("open311.location.pair"));
        }
        Colonia colonia = colonia(body, form.getFirst("address_id"), lat, lon, form.getFirst("address_string"));
        String name = (Optional.ofNullable(form.getFirst("first_name")).orElse("") + " "
                + Optional.ofNullable(form.getFirst("last_name")).orElse("")).strip();
        try {
            ReportReceipt receipt = reports.file(new NewReport(service.getId(), form.getFirst("description"),
                    colonia.getId(), form.getFirst("address_string"), null, lat, lon, name,
                    form.getFirst("email"), form.getFirst("phone"), false, List.of(),
                    blank(idempotencyKey) ? null : clientKey(form.getFirst("api_key"), idempotencyKey)), Channel.OPEN311);
            String notice = text("open311.notice", service.getDepartment().getName(), service.getDeadlineHours())
                    + (receipt.trackingCode() == null ? "" : " " + text("open311.notice.code", receipt.trackingCode()));
            return Response.status(receipt.alreadyFiled() ? 200 : 201).type(f.mediaType())
                    .entity(f.created(receipt.folio(), notice)).build();
        } catch (InvalidInputException invalid) {
            throw new Open311Error(400, invalid.getProblems().stream().map(this::text).toList());
        } catch (BusinessException refused) {
            throw new Open311Error(400, text(refused));
        }
    }

    private Body jurisdiction(String code) {
        List<Body> municipalities = organizations.municipalities();
        if (blank(code)) {
            if (municipalities.size() == 1) {
                return municipalities.get(0);
            }
            throw new Open311Error(400, text("open311.jurisdiction.missing"));
        }
        return municipalities.stream().filter(b -> b.getCode().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new Open311Error(404, text("open311.jurisdiction.unknown", code)));
    }

    private PublicService service(Body body, String code) {
        return catalog.activeService(body, code.strip())
                .orElseThrow(() -> new Open311Error(404, text("open311.service.unknown", code)));
    }

    private Colonia colonia(Body body, String addressId, BigDecimal lat, BigDecimal lon, String address) {
        if (!blank(addressId)) {
            return catalog.colonias(body).stream().filter(c -> c.getId().toString().equals(addressId.strip()))
                    .findFirst().orElseThrow(() -> new Open311Error(404, text("open311.address.unknown", addressId)));
        }
        if (lat != null) {
            try {
                return publicReports.nearestColonia(body, lat, lon, MAX_DISTANCE_METRES)
                        .orElseThrow(() -> new Open311Error(400, text("open311.location.outside")));
            } catch (IllegalArgumentException e) {
                throw new Open311Error(400, text("report.point.invalid"));
            }
        }
        if (!blank(address)) {
            return publicReports.coloniaInAddress(body, address)
                    .orElseThrow(() -> new Open311Error(400, text("open311.location.unknown")));
        }
        throw new Open311Error(400, text("open311.location.missing"));
    }

    /**
     * An idempotency key belongs to the API client that sent it: stored behind a digest of that client's
     * API key, so that another client replaying it files its own report and never reads this one's.
     */
    private String clientKey(String apiKey, String idempotencyKey) {
        String key = idempotencyKey.strip();
        if (key.length() > MAX_IDEMPOTENCY_KEY) {
            throw new Open311Error(400, text("open311.idempotencyKey.long", MAX_IDEMPOTENCY_KEY));
        }
        return SecretTokens.hash(apiKey.strip()).substring(0, 12) + ":" + key;
    }

    private void checkApiKey(String key) {
        Set<String> keys = apiKeys.map(k -> Arrays.stream(k.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        boolean demoKey = demo && "puente-demo".equals(key);
        if (blank(key) || !(keys.contains(key.strip()) || demoKey)) {
            throw new Open311Error(403, text("open311.apiKey.invalid"));
        }
    }

    private Set<ReportStatus> statuses(String status) {
        if (blank(status)) {
            return Set.of();
        }
        Set<ReportStatus> set = EnumSet.noneOf(ReportStatus.class);
        for (String s : status.split(",")) {
            switch (s.strip()) {
                case "open" -> set.addAll(EnumSet.of(ReportStatus.RECEIVED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS));
                case "closed" -> set.addAll(EnumSet.of(ReportStatus.RESOLVED, ReportStatus.CLOSED, ReportStatus.REJECTED,
                        ReportStatus.DUPLICATE));
                default -> throw new Open311Error(400, text("open311.status.unknown", s));
            }
        }
        return set;
    }

    private OffsetDateTime date(String value, String name) {
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, text("open311.date.invalid", name));
        }
    }

    private BigDecimal decimal(String value, String name) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new Open311Error(400, text("open311.number.invalid", name));
        }
    }

    private static Response ok(Format format, String body) {
        return Response.ok(body, format.mediaType()).build();
    }

    private String text(BusinessException problem) {
        return text(problem.getMessageKey(), problem.getArguments());
    }

    private String text(String key, Object... arguments) {
        Locale locale = acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
        String pattern = ResourceBundle.getBundle("org.puente.web.i18n.messages", locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
