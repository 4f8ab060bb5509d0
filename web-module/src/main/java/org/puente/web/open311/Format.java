package org.puente.web.open311;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.puente.catalog.PublicService;
import org.puente.report.PublicReport;

/**
 * Open311's two formats. JSON follows the spec's Spark convention (what the shared JSON Schemas
 * check); XML is schemaless, without a namespace, with the UTF-8 declaration the spec requires.
 * Over 150 lines because it writes every Open311 document twice, once per format, side by side so
 * that a field added to one is seen missing from the other.
 */
enum Format {
    JSON("application/json; charset=utf-8"),
    XML("text/xml; charset=utf-8");

    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /**
     * Looked up once: each {@code Json.createObjectBuilder()} looks the provider up again through the
     * ServiceLoader (a class-path scan), which was a tenth of an Open311 intake's CPU time.
     */
    private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format of a path's extension ("json", "xml"), or null for any other. */
    static Format of(String extension) {
        return switch (extension) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> null;
        };
    }

    String mediaType() {
        return mediaType;
    }

    String services(List<PublicService> services) {
        if (this == JSON) {
            JsonArrayBuilder array = JSON_PROVIDER.createArrayBuilder();
            services.forEach(s -> array.add(JSON_PROVIDER
                    .createObjectBuilder()
                    .add("service_code", s.getCode())
                    .add("service_name", s.getName())
                    .add("description", s.getDescription() == null ? "" : s.getDescription())
                    .add("metadata", false)
                    .add("type", "realtime")
                    .add("keywords", s.getName().toLowerCase(java.util.Locale.ROOT))
                    .add("group", s.getDepartment().getName())));
            return array.build().toString();
        }
        StringBuilder xml = header().append("<services>");
        services.forEach(s -> xml.append("<service>")
                .append(tag("service_code", s.getCode()))
                .append(tag("service_name", s.getName()))
                .append(tag("description", s.getDescription()))
                .append(tag("metadata", "false"))
                .append(tag("type", "realtime"))
                .append(tag("keywords", s.getName().toLowerCase(java.util.Locale.ROOT)))
                .append(tag("group", s.getDepartment().getName()))
                .append("</service>"));
        return xml.append("</services>").toString();
    }

    String definition(PublicService service) {
        if (this == JSON) {
            return JSON_PROVIDER
                    .createObjectBuilder()
                    .add("service_code", service.getCode())
                    .add("attributes", JSON_PROVIDER.createArrayBuilder())
                    .build()
                    .toString();
        }
        return header().append("<service_definition>")
                .append(tag("service_code", service.getCode()))
                .append("<attributes></attributes></service_definition>")
                .toString();
    }

    String created(String folio, String notice) {
        if (this == JSON) {
            return JSON_PROVIDER
                    .createArrayBuilder()
                    .add(JSON_PROVIDER
                            .createObjectBuilder()
                            .add("service_request_id", folio)
                            .add("service_notice", notice)
                            .addNull("account_id"))
                    .build()
                    .toString();
        }
        return header().append("<service_requests><request>")
                .append(tag("service_request_id", folio))
                .append(tag("service_notice", notice))
                .append("<account_id></account_id></request></service_requests>")
                .toString();
    }

    String token(String token, String folio) {
        if (this == JSON) {
            return JSON_PROVIDER
                    .createArrayBuilder()
                    .add(JSON_PROVIDER
                            .createObjectBuilder()
                            .add("service_request_id", folio)
                            .add("token", token))
                    .build()
                    .toString();
        }
        return header().append("<service_requests><request>")
                .append(tag("service_request_id", folio))
                .append(tag("token", token))
                .append("</request></service_requests>")
                .toString();
    }

    String requests(List<PublicReport> reports) {
        if (this == JSON) {
            JsonArrayBuilder array = JSON_PROVIDER.createArrayBuilder();
            reports.forEach(r -> array.add(json(r)));
            return array.build().toString();
        }
        StringBuilder xml = header().append("<service_requests>");
        reports.forEach(r -> xml.append("<request>")
                .append(tag("service_request_id", r.folio()))
                .append(tag("status", status(r)))
                .append(tag("status_notes", null))
                .append(tag("service_name", r.serviceName()))
                .append(tag("service_code", r.serviceCode()))
                .append(tag("description", null))
                .append(tag("agency_responsible", r.department()))
                .append(tag("service_notice", null))
                .append(tag("requested_datetime", when(r.requested())))
                .append(tag("updated_datetime", when(r.updated())))
                .append(tag("expected_datetime", when(r.expected())))
                .append(tag("address", r.address()))
                .append(tag("address_id", null))
                .append(tag("zipcode", r.postalCode()))
                .append(tag("lat", r.latitude() == null ? null : r.latitude().toPlainString()))
                .append(tag("long", r.longitude() == null ? null : r.longitude().toPlainString()))
                .append(tag("media_url", null))
                .append("</request>"));
        return xml.append("</service_requests>").toString();
    }

    /** Service Discovery (wiki.open311.org/Service_Discovery): the document and its endpoints. */
    String discovery(Discovery d) {
        if (this == JSON) {
            JsonArrayBuilder endpoints = JSON_PROVIDER.createArrayBuilder();
            d.endpoints().forEach(e -> {
                JsonArrayBuilder formats = JSON_PROVIDER.createArrayBuilder();
                e.formats().forEach(formats::add);
                endpoints.add(JSON_PROVIDER
                        .createObjectBuilder()
                        .add("specification", e.specification())
                        .add("url", e.url())
                        .add("changeset", when(e.changeset()))
                        .add("type", e.type())
                        .add("formats", formats));
            });
            return JSON_PROVIDER
                    .createObjectBuilder()
                    .add("changeset", when(d.changeset()))
                    .add("contact", d.contact())
                    .add("key_service", d.keyService())
                    .add("endpoints", endpoints)
                    .build()
                    .toString();
        }
        StringBuilder xml = header().append("<discovery>")
                .append(tag("changeset", when(d.changeset())))
                .append(tag("contact", d.contact()))
                .append(tag("key_service", d.keyService()))
                .append("<endpoints>");
        d.endpoints().forEach(e -> {
            xml.append("<endpoint>")
                    .append(tag("specification", e.specification()))
                    .append(tag("url", e.url()))
                    .append(tag("changeset", when(e.changeset())))
                    .append(tag("type", e.type()))
                    .append("<formats>");
            e.formats().forEach(f -> xml.append(tag("format", f)));
            xml.append("</formats></endpoint>");
        });
        return xml.append("</endpoints></discovery>").toString();
    }

    String errors(int code, List<String> descriptions) {
        if (this == JSON) {
            JsonArrayBuilder array = JSON_PROVIDER.createArrayBuilder();
            descriptions.forEach(d -> array.add(
                    JSON_PROVIDER.createObjectBuilder().add("code", code).add("description", d)));
            return array.build().toString();
        }
        StringBuilder xml = header().append("<errors>");
        descriptions.forEach(d -> xml.append("<error>")
                .append(tag("code", Integer.toString(code)))
                .append(tag("description", d))
                .append("</error>"));
        return xml.append("</errors>").toString();
    }

    private static JsonObjectBuilder json(PublicReport r) {
        JsonObjectBuilder o = JSON_PROVIDER
                .createObjectBuilder()
                .add("service_request_id", r.folio())
                .add("status", status(r))
                .add("service_name", r.serviceName())
                .add("service_code", r.serviceCode())
                .addNull("description")
                .add("agency_responsible", r.department())
                .addNull("service_notice")
                .add("requested_datetime", when(r.requested()))
                .add("updated_datetime", when(r.updated()))
                .add("expected_datetime", when(r.expected()))
                .add("address", r.address())
                .addNull("address_id")
                .addNull("media_url");
        o.addNull("status_notes");
        nullable(o, "zipcode", r.postalCode());
        number(o, "lat", r.latitude());
        number(o, "long", r.longitude());
        return o;
    }

    /** Open311 knows only open and closed: resolved, closed, rejected and duplicate are closed. */
    private static String status(PublicReport r) {
        return r.status().isOpen() ? "open" : "closed";
    }

    private static void nullable(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static void number(JsonObjectBuilder o, String name, BigDecimal value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    private static String when(OffsetDateTime at) {
        return W3C.format(at);
    }

    private static StringBuilder header() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    private static String tag(String name, String value) {
        if (value == null) {
            return "<" + name + "></" + name + ">";
        }
        return "<" + name + ">"
                + xmlText(value)
                        .replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;") + "</" + name + ">";
    }

    /** The text without the characters XML 1.0 cannot carry at all (control characters, lone surrogates). */
    static String xmlText(String value) {
        StringBuilder text = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(text::appendCodePoint);
        return text.toString();
    }
}
