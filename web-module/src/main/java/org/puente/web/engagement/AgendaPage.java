package org.puente.web.engagement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.PublicAgenda;
import org.puente.engagement.PublicEvent;

/** /agenda: the upcoming chats and forums with experts, ten a page, each with its .ics file. */
@Named
@RequestScoped
public class AgendaPage {

    static final int PAGE_SIZE = 10;

    @Inject
    private PublicAgenda agenda;

    @Inject
    private Schedules schedules;

    private int page = 1;
    private List<PublicEvent> events;
    private long total;

    public void load() {
        total = agenda.countUpcoming();
        int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(Math.max(1, page), last);
        events = agenda.upcoming((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** When it happens, in the agency's time zone and the page's language. */
    public String when(PublicEvent e) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        var start = e.startsAt().atZoneSameInstant(schedules.zone());
        var end = e.endsAt().atZoneSameInstant(schedules.zone());
        if (e.kind() == EngagementKind.CHAT) {
            return day.format(start) + " · " + time.format(start) + "–" + time.format(end);
        }
        // A forum is open until midnight after its last day.
        return day.format(start) + " – " + day.format(end.minusDays(1));
    }

    public String isoStart(PublicEvent e) {
        return e.startsAt().toString();
    }

    public List<PublicEvent> getEvents() {
        return events;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total;
    }
}
