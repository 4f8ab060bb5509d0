package org.puente.web.petition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.petition.PetitionDetail;
import org.puente.petition.PetitionDetails;
import org.puente.petition.PetitionStep;
import org.puente.petition.PetitionSteps;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Refusals;
import org.puente.web.platform.Texts;

/**
 * /staff/peticion?folio=: one petition with its history and the "¿Cómo se calculó?" trace, and a small form
 * for each step the petition lets its caller take now ({@link PetitionDetail#steps()}). The inputs live in
 * {@link PetitionStepInput}; a refused step shows the refusal beside its field and keeps what was typed.
 */
@Named
@ViewScoped
public class PetitionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PetitionDetails details;

    @Inject
    private PetitionSteps steps;

    @Inject
    private Texts texts;

    @Inject
    private BodyScope scope;

    private String folio;
    private PetitionDetail petition;
    private final PetitionStepInput input = new PetitionStepInput();

    public void load() {
        petition = details.byFolio(folio);
    }

    /** Takes a step with the inputs of its form ({@link #formOf}). */
    public String act(PetitionStep step) {
        Long id = petition.id();
        try {
            switch (step) {
                case ROUTE -> steps.route(id, input.getDepartmentId());
                case ASSIGN -> steps.assign(id, input.getAgentId());
                case NOTE -> steps.note(id, input.getNote());
                case EXTEND -> steps.extend(id, input.getUnits(), input.getExtensionReason());
                case PREVENT -> steps.prevent(id, input.getRequest());
                case RESPOND -> steps.respond(id, input.getResponse());
                case REFER -> steps.refer(id, input.getReferredTo(), input.getReferralReason());
            }
            texts.info("petitions.step.done." + step.name());
            return "/staff/peticion?faces-redirect=true&folio=" + petition.folio();
        } catch (BusinessException refusal) {
            Refusals.show(texts, refusal, formOf(step), FIELDS.get(step));
            load();
            return null;
        }
    }

    /** The input ids of each step's form, which are the field names the petition's refusals give. */
    private static final java.util.Map<PetitionStep, Set<String>> FIELDS = java.util.Map.of(
            PetitionStep.ROUTE, Set.of("department"),
            PetitionStep.ASSIGN, Set.of("assignee"),
            PetitionStep.NOTE, Set.of("note"),
            PetitionStep.EXTEND, Set.of("units", "reason"),
            PetitionStep.PREVENT, Set.of("request"),
            PetitionStep.RESPOND, Set.of("response"),
            PetitionStep.REFER, Set.of("referredTo", "reason"));

    /** The id of a step's form: its name in lower case; the note's is "internal" (a form and its field never share an id). */
    static String formOf(PetitionStep step) {
        return step == PetitionStep.NOTE ? "internal" : step.name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean can(PetitionStep step) {
        return petition.can(step);
    }

    /** Whether the caller assigns it to an agent of his choice (a manager, an administrator); an agent takes it. */
    public boolean isChoosingAgent() {
        return can(PetitionStep.ASSIGN)
                && scope.caller()
                        .map(u -> u.hasRole(Role.GERENTE) || u.hasRole(Role.ADMIN))
                        .orElse(false);
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }

    public PetitionDetail getPetition() {
        return petition;
    }

    public PetitionStepInput getInput() {
        return input;
    }
}
