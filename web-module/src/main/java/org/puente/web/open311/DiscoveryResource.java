package org.puente.web.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.puente.platform.Links;
import org.puente.setup.DemoInstallation;

/**
 * Open311 Service Discovery, /open311/discovery.json and .xml: where an Open311 client finds the
 * GeoReport v2 endpoint of this installation (at the configured public address), its formats and
 * its changeset. A demo installation calls its endpoint "test" (it takes the demo API key).
 */
@Path("")
@RequestScoped
public class DiscoveryResource {

    static final String GEOREPORT_V2 = "http://wiki.open311.org/GeoReport_v2";
    /**
     * When this document or the endpoint's definition (its paths, formats, the service list's
     * meaning) last changed: move it with any such change so that clients refresh what they cache.
     */
    static final OffsetDateTime CHANGESET = OffsetDateTime.parse("2026-12-02T00:00:00Z");

    @Inject
    private Links links;

    @Inject
    private DemoInstallation installation;

    @Inject
    @ConfigProperty(name = "puente.agency.name", defaultValue = "Agencia Digital del Estado de México")
    private String agency;

    @HeaderParam("Accept-Language")
    private String acceptLanguage;

    @GET
    @Path("discovery.{format}")
    public Response discovery(@PathParam("format") String format) {
        Format f = Format.of(format);
        if (f == null) {
            throw new Open311Error(404, text("open311.format.unknown"));
        }
        String base = links.base();
        Discovery document = new Discovery(
                CHANGESET,
                text("open311.discovery.contact", agency, base + "/datos"),
                text("open311.discovery.keyService", agency),
                List.of(new Discovery.Endpoint(
                        GEOREPORT_V2,
                        base + "/open311/v2",
                        CHANGESET,
                        installation.isDemo() ? "test" : "production",
                        List.of("text/xml", "application/json"))));
        return Response.ok(f.discovery(document), f.mediaType()).build();
    }

    private String text(String key, Object... arguments) {
        Locale locale = acceptLanguage != null
                        && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.forLanguageTag("es-MX");
        String pattern =
                ResourceBundle.getBundle("org.puente.web.i18n.messages", locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
