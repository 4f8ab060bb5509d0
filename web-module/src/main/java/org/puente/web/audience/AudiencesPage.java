package org.puente.web.audience;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.audience.AudienceRegistration;
import org.puente.audience.AudienceView;

/** /audiencias: the sessions to come (with the seats left) and the past ones with their minutes, paged. */
@Named
@RequestScoped
public class AudiencesPage {

    @Inject
    private AudienceRegistration audiences;

    private int page;
    private List<AudienceView> upcoming;
    private List<AudienceView> past;

    public List<AudienceView> getUpcoming() {
        if (upcoming == null) {
            upcoming = audiences.upcoming();
        }
        return upcoming;
    }

    public List<AudienceView> getPast() {
        if (past == null) {
            past = audiences.past(page);
        }
        return past;
    }

    public boolean isMorePast() {
        return (long) (page + 1) * AudienceRegistration.PAST_PAGE < audiences.pastCount();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
