package org.puente.hoax;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.puente.communication.Texts;
import org.puente.platform.RuleViolation;

/**
 * An official source a debunk cites: its title and its address, an absolute http or https URL (never
 * {@code javascript:} or {@code data:}, which a link would run).
 */
@Embeddable
public class HoaxSource {

    public static final int MAX_TITLE = 200;
    public static final int MAX_URL = 500;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "url", nullable = false, length = MAX_URL)
    private String url;

    protected HoaxSource() {}

    /** A source as typed; {@link #problem} says whether it may be kept. */
    public HoaxSource(String title, String url) {
        this.title = Texts.clean(title);
        this.url = Texts.clean(url);
    }

    /** Neither a title nor an address: an unused row of the form. */
    public boolean isBlank() {
        return title == null && url == null;
    }

    /** The first rule this source (row {@code index} from 0) breaks, on its field. */
    public Optional<RuleViolation> problem(int index) {
        if (title == null) {
            return Optional.of(new RuleViolation("sourceTitle" + index, "hoax.source.title.required"));
        }
        if (title.length() > MAX_TITLE) {
            return Optional.of(new RuleViolation("sourceTitle" + index, "hoax.source.title.tooLong", MAX_TITLE));
        }
        if (url == null) {
            return Optional.of(new RuleViolation("sourceUrl" + index, "hoax.source.url.required"));
        }
        if (url.length() > MAX_URL || !isWebAddress(url)) {
            return Optional.of(new RuleViolation("sourceUrl" + index, "hoax.source.url.invalid", MAX_URL));
        }
        return Optional.empty();
    }

    /** An absolute http or https address with a host. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoaxSource s && Objects.equals(title, s.title) && Objects.equals(url, s.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, url);
    }
}
