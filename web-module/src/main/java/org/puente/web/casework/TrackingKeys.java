package org.puente.web.casework;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The tracking codes this browser has shown that it knows, by folio, for its session only: the code is a
 * secret (the key of whoever filed a case anonymously), so it never travels in an address, where it would
 * stay in the browser's history, the server's access log and the Referer of the next page. The lookup form of
 * /seguimiento posts it and lands on {@code /seguimiento?folio=...}; a case just filed in this session is
 * remembered by its form; the tracking page, the evidence photos, the acuse and the response read it from here.
 */
@SessionScoped
public class TrackingKeys implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A browser tracks a handful of cases; the oldest goes when it has shown more than this many codes. */
    static final int KEPT = 20;

    private final Map<String, String> codes = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    /** Keeps the code typed (or just given) for the folio; a blank one forgets it. */
    public synchronized void remember(String folio, String code) {
        String key = key(folio);
        if (key == null) {
            return;
        }
        if (code == null || code.isBlank()) {
            codes.remove(key);
        } else {
            codes.put(key, code.strip());
        }
    }

    /** The code this session knows for the folio, or null. */
    public synchronized String codeFor(String folio) {
        String key = key(folio);
        return key == null ? null : codes.get(key);
    }

    static String key(String folio) {
        return folio == null || folio.isBlank() ? null : folio.strip().toUpperCase(Locale.ROOT);
    }
}
