package org.puente.hoax;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What the staff form of a debunk sends: the body (the administrator chooses), the content, the sources' rows. */
public record HoaxForm(
        Long bodyId, String claim, Verdict verdict, String explanation, LocalDate seenOn, List<Source> sources)
        implements Serializable {

    /** One row of the sources, as typed. */
    public record Source(String title, String url) implements Serializable {}

    HoaxContent content() {
        return new HoaxContent(
                claim,
                verdict,
                explanation,
                seenOn,
                sources == null
                        ? List.of()
                        : sources.stream()
                                .map(s -> new HoaxSource(s.title(), s.url()))
                                .toList());
    }
}
