package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.puente.engagement.EventRow;
import org.puente.engagement.IncidentFigures;
import org.puente.engagement.IncidentRow;
import org.puente.engagement.IncidentService;
import org.puente.engagement.IncidentStatus;
import org.puente.engagement.IncidentStep;
import org.puente.engagement.RequestQueries;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Refusals;
import org.puente.web.platform.Texts;

/**
 * /staff/incidencias: an Enlace reports a problem with the platform (about one of his body's events
 * or in general) and follows his body's incidents; the content department answers them, the late
 * and escalated ones first in sight, and sees how many were answered in time.
 */
// About 200 lines: the page has two audiences (the Enlace's report form and the department's answer
// form with its figures) over one lazy list; the steps and rules are the incident's and the service's.
@Named
@ViewScoped
public class IncidentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentService incidents;

    @Inject
    private RequestQueries queries;

    @Inject
    private Schedules schedules;

    @Inject
    private BodyScope scope;

    @Inject
    private Texts texts;

    private boolean reporter;
    private boolean responder;
    private List<EventRow> events = List.of();
    private Long eventId;
    private String description;
    private IncidentFigures figures;
    private LazyDataModel<IncidentRow> rows;
    private IncidentRow answering;
    private String response;

    @PostConstruct
    void init() {
        UserAccount caller = scope.caller().orElseThrow();
        reporter = caller.hasRole(Role.ENLACE);
        responder = caller.hasRole(Role.EVALUADOR) || caller.hasRole(Role.MODERADOR) || caller.hasRole(Role.ADMIN);
        if (reporter) {
            String body = caller.getBody() == null ? null : caller.getBody().getName();
            LocalDate today = schedules.today();
            events = queries.calendar(today, today.plusDays(CalendarPage.UPCOMING_DAYS)).stream()
                    .filter(e -> e.bodyName().equals(body))
                    .toList();
        }
        if (responder) {
            figures = incidents.figures();
        }
        rows = new Rows();
    }

    public String report() {
        try {
            incidents.report(eventId, description);
            texts.info("incident.reported");
            return "/staff/incidencias?faces-redirect=true";
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, "incident", Set.of("event", "description"));
            return null;
        }
    }

    /** Opens the answer form for one incident. */
    public void answer(IncidentRow row) {
        answering = row;
        response = null;
    }

    public void cancelAnswer() {
        answering = null;
        response = null;
    }

    public String respond() {
        return reply(false);
    }

    public String resolve() {
        return reply(true);
    }

    private String reply(boolean resolve) {
        try {
            if (resolve) {
                incidents.resolve(answering.id(), response);
            } else {
                incidents.respond(answering.id(), response);
            }
            texts.info(resolve ? "incident.resolved" : "incident.responded");
            return "/staff/incidencias?faces-redirect=true";
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, "answer", Set.of("response"));
            return null;
        }
    }

    /** The incident's own answer: the steps open to the caller now. */
    public boolean canRespond(IncidentRow row) {
        return row.can(IncidentStep.RESPOND);
    }

    public boolean canResolve(IncidentRow row) {
        return row.can(IncidentStep.RESOLVE);
    }

    /** The row's highlight: late (no first response in time) or escalated. */
    public String rowClass(IncidentRow row) {
        if (row.escalated() && row.status() == IncidentStatus.OPEN) {
            return "incident-escalated";
        }
        return row.late() && row.status() == IncidentStatus.OPEN ? "incident-late" : null;
    }

    private class Rows extends LazyDataModel<IncidentRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) incidents.countIncidents();
        }

        @Override
        public List<IncidentRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return incidents.incidents(first, pageSize);
        }

        @Override
        public String getRowKey(IncidentRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public IncidentRow getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(r -> String.valueOf(r.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    public boolean isReporter() {
        return reporter;
    }

    public boolean isResponder() {
        return responder;
    }

    public List<EventRow> getEvents() {
        return events;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public IncidentFigures getFigures() {
        return figures;
    }

    public LazyDataModel<IncidentRow> getRows() {
        return rows;
    }

    public IncidentRow getAnswering() {
        return answering;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }
}
