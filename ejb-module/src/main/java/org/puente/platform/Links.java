package org.puente.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puente's public address ({@code puente.base.url}, {@code PUENTE_BASE_URL}), the one place that makes
 * absolute links for e-mails, calendar files, feeds and API documents.
 */
@ApplicationScoped
public class Links {

    @Inject
    @ConfigProperty(name = "puente.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The public address without a trailing slash, e.g. {@code https://puente.edomex.gob.mx}. */
    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An absolute link to a path of Puente ({@code /seguimiento?folio=...}). */
    public String to(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }
}
