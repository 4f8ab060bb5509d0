package org.puente.web.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The query string of a link to another page of the same search ({@code pagina=2&usuario=ana}): each
 * parameter encoded, blank ones left out.
 */
public final class QueryString {

    private final StringBuilder text = new StringBuilder();

    /** A query string starting with this parameter. */
    public static QueryString of(String name, Object value) {
        return new QueryString().and(name, value);
    }

    /** Adds the parameter unless its value is null or blank; the value is stripped and encoded. */
    public QueryString and(String name, Object value) {
        String v = value == null ? "" : value.toString().strip();
        if (!v.isEmpty()) {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
