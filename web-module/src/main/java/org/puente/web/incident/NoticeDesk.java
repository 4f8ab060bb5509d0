package org.puente.web.incident;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.puente.incident.AffectedService;
import org.puente.incident.IncidentNotices;
import org.puente.incident.NoticeStatus;
import org.puente.incident.NoticeView;
import org.puente.incident.ServiceChannel;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/aviso: a new incident notice (no id), or one notice (?id=N) with its history and the forms to correct
 * it, add an update, resolve it and, for the administrator, mark an office closure's day as non-working. The
 * rules are the notice's own; each form shows its refusals beside its fields.
 */
@Named
@ViewScoped
public class NoticeDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IncidentNotices notices;

    @Inject
    private Texts texts;

    private Long id;
    private NoticeView notice;
    private List<Body> bodies = List.of();
    private NoticeInput input = new NoticeInput();
    private final NoticeStepInput step = new NoticeStepInput();

    public void load() {
        if (notice == null && id != null) {
            notice = notices.detail(id);
            input = NoticeInput.of(notice);
        }
        if (bodies.isEmpty()) {
            bodies = notices.bodies();
            if (input.getBodyId() == null && bodies.size() == 1) {
                input.setBodyId(bodies.get(0).getId());
            }
        }
    }

    public String publish() {
        try {
            long created = notices.publish(input.toForm());
            texts.info("incidentNotice.published");
            return "/staff/aviso?faces-redirect=true&id=" + created;
        } catch (BusinessException refusal) {
            texts.show(refusal, "notice");
            return null;
        }
    }

    public String save() {
        return run("edit", () -> notices.edit(notice.id(), input.toForm()), "incidentNotice.saved");
    }

    public String addUpdate() {
        return run(
                "update",
                () -> notices.update(notice.id(), step.getUpdateText(), step.getUpdateStatus()),
                "incidentNotice.updated");
    }

    public String resolve() {
        return run(
                "resolve",
                () -> notices.resolve(notice.id(), step.getResolveText(), step.getResolvedAt()),
                "incidentNotice.resolvedDone");
    }

    /** The closure form has no field: its refusals (the day is a holiday already) are said for the page. */
    public String markClosure() {
        try {
            notices.markClosureDay(notice.id());
            texts.info("incidentNotice.closureMarked");
            return "/staff/aviso?faces-redirect=true&id=" + notice.id();
        } catch (BusinessException refusal) {
            texts.error(null, refusal.getMessageKey(), refusal.getArguments());
            return null;
        }
    }

    private String run(String form, Supplier<?> action, String done) {
        try {
            action.get();
            texts.info(done);
            return "/staff/aviso?faces-redirect=true&id=" + notice.id();
        } catch (BusinessException refusal) {
            texts.show(refusal, form);
            return null;
        }
    }

    public List<AffectedService> getAffectedKinds() {
        return Arrays.asList(AffectedService.values());
    }

    public List<ServiceChannel> getChannels() {
        return Arrays.asList(ServiceChannel.values());
    }

    /** The statuses an update may leave: the current one, or the next ones short of resolved. */
    public List<NoticeStatus> getUpdateStatuses() {
        return notice.next().stream().filter(NoticeStatus::isActive).toList();
    }

    public NoticeView getNotice() {
        return notice;
    }

    public List<Body> getBodies() {
        return bodies;
    }

    public NoticeInput getInput() {
        return input;
    }

    public NoticeStepInput getStep() {
        return step;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
