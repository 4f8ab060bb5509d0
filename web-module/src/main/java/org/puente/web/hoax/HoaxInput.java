package org.puente.web.hoax;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.puente.hoax.HoaxContent;
import org.puente.hoax.HoaxForm;
import org.puente.hoax.HoaxView;
import org.puente.hoax.Verdict;

/** The fields of the staff form of a debunk, as typed, with its five rows of sources. */
public class HoaxInput implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the sources. */
    public static class SourceRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String title;
        private String url;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    private Long bodyId;
    private String claim;
    private Verdict verdict;
    private String explanation;
    private LocalDate seenOn;
    private final List<SourceRow> sources = new ArrayList<>();

    public HoaxInput() {
        for (int i = 0; i < HoaxContent.MAX_SOURCES; i++) {
            sources.add(new SourceRow());
        }
    }

    static HoaxInput of(HoaxView hoax) {
        HoaxInput input = new HoaxInput();
        input.bodyId = hoax.bodyId();
        input.claim = hoax.claim();
        input.verdict = hoax.verdict();
        input.explanation = hoax.explanation();
        input.seenOn = hoax.seenOn();
        for (int i = 0; i < hoax.sources().size() && i < HoaxContent.MAX_SOURCES; i++) {
            input.sources.get(i).title = hoax.sources().get(i).title();
            input.sources.get(i).url = hoax.sources().get(i).url();
        }
        return input;
    }

    HoaxForm toForm() {
        return new HoaxForm(
                bodyId,
                claim,
                verdict,
                explanation,
                seenOn,
                sources.stream().map(s -> new HoaxForm.Source(s.title, s.url)).toList());
    }

    public List<SourceRow> getSources() {
        return sources;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getClaim() {
        return claim;
    }

    public void setClaim(String claim) {
        this.claim = claim;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public LocalDate getSeenOn() {
        return seenOn;
    }

    public void setSeenOn(LocalDate seenOn) {
        this.seenOn = seenOn;
    }
}
