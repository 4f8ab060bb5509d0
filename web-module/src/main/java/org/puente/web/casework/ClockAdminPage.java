package org.puente.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.casework.ClockPreset;
import org.puente.casework.ClockSettings;
import org.puente.casework.ClockStart;
import org.puente.casework.ClockUnit;
import org.puente.casework.TermsInput;
import org.puente.organization.Body;
import org.puente.petition.PetitionType;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/plazos, the legal clocks of a body: the terms in force for each case type and the form that
 * edits one, starting from the terms in force or from a preset. The body chosen here is the one the
 * holidays and working hours below belong to ({@link HolidaysForm}).
 */
@Named
@ViewScoped
public class ClockAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClockSettings settings;

    @Inject
    private Texts texts;

    @Inject
    private org.puente.identity.BodyScope scope;

    private List<Body> bodies;
    private String organismo;
    private Long bodyId;
    private List<ClockSettings.TypeTerms> table;
    private PetitionType editing;
    private TermsInput input;

    @PostConstruct
    void init() {
        bodies = settings.bodies();
    }

    /** The body named in the address ({@code ?organismo=MET}), else the administrator's own, else the first. */
    public void load() {
        Long own = scope.caller().map(u -> u.getBody()).map(Body::getId).orElse(null);
        bodyId = bodies.stream()
                .filter(b -> b.getCode().equalsIgnoreCase(organismo == null ? "" : organismo.strip()))
                .map(Body::getId)
                .findFirst()
                .or(() -> bodies.stream()
                        .map(Body::getId)
                        .filter(id -> id.equals(own))
                        .findFirst())
                .orElse(bodies.isEmpty() ? null : bodies.get(0).getId());
        chooseBody();
    }

    /** Another body: its terms; an edit under way is dropped. */
    public void chooseBody() {
        table = bodyId == null ? List.of() : settings.termsOf(bodyId);
        editing = null;
        input = null;
    }

    public void edit(PetitionType type) {
        table.stream().filter(t -> t.type() == type).findFirst().ifPresent(t -> {
            editing = type;
            input = TermsInput.of(t.preset(), t.terms());
        });
    }

    /** The preset chosen in the form: its terms fill the fields, to be edited. */
    public void applyPreset() {
        ClockPreset.byCode(input.getPresetCode()).ifPresent(p -> input = TermsInput.of(p, p.terms()));
    }

    public void save() {
        try {
            settings.save(bodyId, editing, input);
            texts.info("clock.admin.saved", texts.get(editing.messageKey()));
            chooseBody();
        } catch (BusinessException refusal) {
            texts.show(refusal, "terms");
        }
    }

    public void cancel() {
        editing = null;
        input = null;
    }

    public ClockPreset[] getPresets() {
        return ClockPreset.values();
    }

    public ClockUnit[] getTermUnits() {
        return new ClockUnit[] {ClockUnit.BUSINESS_DAYS, ClockUnit.BUSINESS_HOURS, ClockUnit.CALENDAR_DAYS};
    }

    public ClockUnit[] getAnswerUnits() {
        return new ClockUnit[] {ClockUnit.BUSINESS_DAYS, ClockUnit.CALENDAR_DAYS, ClockUnit.MONTHS};
    }

    public ClockStart[] getStarts() {
        return ClockStart.values();
    }

    public String getOrganismo() {
        return organismo;
    }

    public void setOrganismo(String organismo) {
        this.organismo = organismo;
    }

    public List<Body> getBodies() {
        return bodies;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public List<ClockSettings.TypeTerms> getTable() {
        return table;
    }

    public PetitionType getEditing() {
        return editing;
    }

    public TermsInput getInput() {
        return input;
    }
}
