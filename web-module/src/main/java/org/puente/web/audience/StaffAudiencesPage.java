package org.puente.web.audience;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.audience.AudienceMode;
import org.puente.audience.AudiencePlanning;
import org.puente.audience.AudienceScreen;
import org.puente.audience.AudienceView;
import org.puente.audience.StaffTurn;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/audiencias: the administrator plans, changes and cancels sessions; everyone with the page sees the
 * sessions of his body and the petitions registered for the coming ones that he works.
 */
@Named
@ViewScoped
public class StaffAudiencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AudiencePlanning planning;

    @Inject
    private AudienceScreen screen;

    @Inject
    private OrganizationService organizations;

    @Inject
    private Texts texts;

    private AudiencePlanForm plan = new AudiencePlanForm();
    private int page;

    @PostConstruct
    void init() {
        organizations.municipalities().stream().findFirst().ifPresent(b -> plan.setBodyId(b.getId()));
    }

    public void save() {
        try {
            if (plan.getEditing() == null) {
                planning.plan(plan.toForm());
                texts.info("audience.planned");
            } else {
                planning.edit(plan.getEditing(), plan.toForm());
                texts.info("audience.edited");
            }
            plan = new AudiencePlanForm();
            init();
        } catch (BusinessException refusal) {
            texts.show(refusal, "plan");
        }
    }

    public void edit(long id) {
        plan = AudiencePlanForm.of(id, planning.form(id));
    }

    public void cancel(long id) {
        try {
            planning.cancel(id);
            texts.info("audience.cancelled");
        } catch (BusinessException refusal) {
            texts.show(refusal, "sessions");
        }
    }

    public void newPlan() {
        plan = new AudiencePlanForm();
        init();
    }

    public List<AudienceView> getSessions() {
        return planning.sessions(page);
    }

    public boolean isMore() {
        return (page + 1) * AudiencePlanning.PAGE < planning.count();
    }

    public void next() {
        page++;
    }

    public void previous() {
        page = Math.max(0, page - 1);
    }

    public List<StaffTurn> getRegistered() {
        return screen.registeredForMe();
    }

    public List<Body> getBodies() {
        return organizations.municipalities();
    }

    public List<Department> getDepartments() {
        return plan.getBodyId() == null
                ? List.of()
                : organizations.municipalities().stream()
                        .filter(b -> b.getId().equals(plan.getBodyId()))
                        .findFirst()
                        .map(organizations::departments)
                        .orElse(List.of());
    }

    public AudienceMode[] getModes() {
        return AudienceMode.values();
    }

    public AudiencePlanForm getPlan() {
        return plan;
    }

    public int getPage() {
        return page;
    }
}
