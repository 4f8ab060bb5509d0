package org.puente.web.hoax;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.puente.hoax.HoaxView;
import org.puente.hoax.Hoaxes;
import org.puente.hoax.Verdict;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.web.communication.Params;
import org.puente.web.platform.Texts;

/**
 * /staff/desmentido: a new debunk (no id), or one debunk (?id=N) with its history, the form to correct it and
 * the step to publish or withdraw it. The rules are the debunk's own; refusals show beside their fields.
 */
@Named
@ViewScoped
public class HoaxDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Hoaxes hoaxes;

    @Inject
    private Texts texts;

    private Long id;
    private HoaxView hoax;
    private List<Body> bodies = List.of();
    private HoaxInput input = new HoaxInput();

    public void load() {
        if (hoax == null && id != null) {
            hoax = hoaxes.detail(id);
            input = HoaxInput.of(hoax);
        }
        if (bodies.isEmpty()) {
            bodies = hoaxes.bodies();
            if (input.getBodyId() == null && bodies.size() == 1) {
                input.setBodyId(bodies.get(0).getId());
            }
        }
    }

    public String create() {
        try {
            long created = hoaxes.create(input.toForm());
            texts.info("hoax.saved");
            return "/staff/desmentido?faces-redirect=true&id=" + created;
        } catch (BusinessException refusal) {
            texts.show(refusal, "hoax");
            return null;
        }
    }

    public String save() {
        return run(() -> hoaxes.edit(hoax.id(), input.toForm()), "hoax.saved");
    }

    public String publish() {
        return run(() -> hoaxes.publish(hoax.id()), "hoax.publishedDone");
    }

    public String withdraw() {
        return run(() -> hoaxes.withdraw(hoax.id()), "hoax.withdrawnDone");
    }

    private String run(Supplier<?> action, String done) {
        try {
            action.get();
            texts.info(done);
            return "/staff/desmentido?faces-redirect=true&id=" + hoax.id();
        } catch (BusinessException refusal) {
            texts.show(refusal, "hoax");
            return null;
        }
    }

    public List<Verdict> getVerdicts() {
        return Arrays.asList(Verdict.values());
    }

    public HoaxView getHoax() {
        return hoax;
    }

    public List<Body> getBodies() {
        return bodies;
    }

    public HoaxInput getInput() {
        return input;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = Params.number(id);
    }
}
