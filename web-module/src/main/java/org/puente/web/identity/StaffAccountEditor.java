package org.puente.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.puente.identity.EditStaffAccount;
import org.puente.identity.PasswordLinks;
import org.puente.identity.Role;
import org.puente.identity.StaffAccounts;
import org.puente.identity.TwoFactor;
import org.puente.identity.UserAccount;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/usuarios, an administrator's edit of one staff account: its data and roles, deactivation and
 * reactivation, unlocking, a link to choose a new password, and resetting the second factor. The rules are the service's.
 * <p>Over 150 lines only through the edit form's accessors (name, e-mail, body, department, roles).
 */
@Named
@ViewScoped
public class StaffAccountEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "editAccount";

    @Inject
    private StaffAccounts accounts;

    @Inject
    private PasswordLinks passwords;

    @Inject
    private OrganizationService organizations;

    @Inject
    private TwoFactor twoFactor;

    @Inject
    private Texts texts;

    private String username;
    private String fullName;
    private String email;
    private Long bodyId;
    private Long departmentId;
    private List<Role> roles;
    private boolean active;
    private boolean locked;
    private boolean twoFactorOn;

    public void open(String account) {
        UserAccount a = accounts.staffAccount(account);
        username = a.getUsername();
        fullName = a.getFullName();
        email = a.getEmail();
        bodyId = a.getBody().getId();
        departmentId = a.getDepartment() == null ? null : a.getDepartment().getId();
        roles = new java.util.ArrayList<>(a.getRoles().stream().sorted().toList()); // JSF adds to it: mutable
        active = a.isActive();
        locked = accounts.isLocked(username);
        twoFactorOn = twoFactor.isEnabled(username);
    }

    public void save() {
        act(
                () -> accounts.updateStaff(new EditStaffAccount(
                        username,
                        fullName,
                        email,
                        bodyId,
                        departmentId,
                        roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))),
                "staff.saved");
    }

    public void deactivate() {
        act(() -> accounts.setActive(username, false), "staff.deactivated");
    }

    public void reactivate() {
        act(() -> accounts.setActive(username, true), "staff.reactivated");
    }

    public void unlock() {
        act(() -> accounts.unlock(username), "staff.unlocked");
    }

    public void sendReset() {
        act(() -> passwords.sendPasswordReset(username), "staff.resetSent");
    }

    public void resetTwoFactor() {
        act(() -> twoFactor.reset(username), "staff.twoFactorReset");
    }

    public void close() {
        username = null;
    }

    private void act(Runnable step, String done) {
        try {
            step.run();
            texts.info(done, username, email);
            open(username);
        } catch (BusinessException refusal) {
            texts.show(refusal, FORM);
        }
    }

    public boolean isOpen() {
        return username != null;
    }

    public List<Department> getDepartments() {
        return bodyId == null ? List.of() : organizations.departments(organizations.body(bodyId));
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isTwoFactorOn() {
        return twoFactorOn;
    }
}
