package org.puente.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puente.identity.Role;
import org.puente.identity.TwoFactorPolicy;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/usuarios, the administrator's choice of the roles that must sign in with a one-time code.
 * Administrators outside the demo installation always must: their box is shown ticked and cannot be changed.
 */
@Named
@ViewScoped
public class TwoFactorRoles implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TwoFactorPolicy policy;

    @Inject
    private CurrentUser user;

    @Inject
    private Texts texts;

    private List<Role> staffRoles;
    private List<Role> required;

    @PostConstruct
    void load() {
        if (!user.hasRole("ADMIN")) {
            staffRoles = List.of();
            required = new ArrayList<>();
            return;
        }
        Map<Role, Boolean> choices = policy.choices();
        staffRoles = List.copyOf(choices.keySet());
        required = new ArrayList<>(choices.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .toList());
    }

    public void save() {
        try {
            for (Role role : staffRoles) {
                if (!policy.isForced(role)) {
                    policy.require(role, required != null && required.contains(role));
                }
            }
            texts.info("twoFactor.roles.saved");
            load();
        } catch (BusinessException refusal) {
            texts.show(refusal, "twoFactorRoles");
        }
    }

    public boolean isForced(Role role) {
        return policy.isForced(role);
    }

    public List<Role> getStaffRoles() {
        return staffRoles;
    }

    public List<Role> getRequired() {
        return required;
    }

    public void setRequired(List<Role> required) {
        this.required = required;
    }
}
