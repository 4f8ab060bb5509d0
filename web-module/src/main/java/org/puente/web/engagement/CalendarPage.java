package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.puente.engagement.EngagementKind;
import org.puente.engagement.EventRow;
import org.puente.engagement.RequestQueries;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/calendario: every chat and forum in a month or week calendar (events of the shown range
 * only are loaded), each with its expert; one selected shows its details and, to whoever may see
 * it, a link to its request. A list of the coming weeks' events says the same without the grid.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How far ahead the list under the calendar looks. */
    static final int UPCOMING_DAYS = 60;

    @Inject
    private RequestQueries queries;

    @Inject
    private Texts texts;

    @Inject
    private Schedules schedules;

    /** ?fecha=2026-12-08, as typed (a wrong one opens today). */
    private String dateParam;

    private LocalDate date;
    private ScheduleModel model;
    private EventRow selected;
    private boolean requestVisible;
    private List<EventRow> upcoming;

    @PostConstruct
    void init() {
        model = new Events();
    }

    /** The list under the grid: from the day shown (today by default) for the next weeks. */
    public void load() {
        try {
            date = dateParam == null || dateParam.isBlank() ? null : LocalDate.parse(dateParam.strip());
        } catch (java.time.format.DateTimeParseException wrong) {
            date = null;
        }
        LocalDate from = getInitialDate();
        LocalDate today = schedules.today();
        if (from.isBefore(today)) {
            from = today;
        }
        upcoming = queries.calendar(from, from.plusDays(UPCOMING_DAYS));
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<EventRow>> event) {
        selected = event.getObject().getData();
        requestVisible = false;
        if (selected != null) {
            try {
                queries.detail(selected.requestId());
                requestVisible = true;
            } catch (BusinessException notHis) {
                requestVisible = false;
            }
        }
    }

    private class Events extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (EventRow e : queries.calendar(start.toLocalDate(), end.toLocalDate())) {
                boolean forum = e.kind() == EngagementKind.FORUM;
                String title = (e.expertTrained() ? "" : "⚠ ") + e.title();
                addEvent(DefaultScheduleEvent.<EventRow>builder()
                        .id(String.valueOf(e.id()))
                        .title(title)
                        .startDate(
                                e.startsAt().atZoneSameInstant(schedules.zone()).toLocalDateTime())
                        .endDate(e.endsAt().atZoneSameInstant(schedules.zone()).toLocalDateTime())
                        .allDay(forum)
                        .display(org.primefaces.model.ScheduleDisplayMode.BLOCK)
                        .editable(false)
                        .description(texts.get("engagement.kind." + e.kind()) + " · " + e.expertName()
                                + (e.expertTrained() ? "" : " · " + texts.get("calendar.untrained")))
                        .styleClass("event-" + e.kind() + (e.expertTrained() ? "" : " event-untrained"))
                        .data(e)
                        .build());
            }
        }
    }

    public ScheduleModel getModel() {
        return model;
    }

    /** The day the calendar opens on (?fecha=2026-12-08), today when none is given. */
    public LocalDate getInitialDate() {
        return date == null ? schedules.today() : date;
    }

    public String getDateParam() {
        return dateParam;
    }

    public void setDateParam(String dateParam) {
        this.dateParam = dateParam;
    }

    public EventRow getSelected() {
        return selected;
    }

    public boolean isRequestVisible() {
        return requestVisible;
    }

    public List<EventRow> getUpcoming() {
        return upcoming;
    }

    public String span(EventRow e) {
        return schedules.span(e.startsAt(), e.endsAt());
    }
}
