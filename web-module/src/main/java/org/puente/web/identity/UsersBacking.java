package org.puente.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.puente.identity.AccountRow;
import org.puente.identity.NewStaffAccount;
import org.puente.identity.Role;
import org.puente.identity.StaffAccounts;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/** Staff accounts: a manager sees his body's, an administrator every body's and opens new ones. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private OrganizationService organizations;

    @Inject
    private Texts texts;

    private Long filterBodyId;
    private List<Body> bodies;
    private LazyDataModel<AccountRow> model;

    private String username;
    private String fullName;
    private String email;
    private String password;
    private Long bodyId;
    private Long departmentId;
    private List<Role> roles;

    @PostConstruct
    void init() {
        bodies = organizations.visibleBodies();
        model = new StaffAccountRows(accounts, this::getFilterBodyId);
    }

    public void create() {
        try {
            accounts.createStaff(new NewStaffAccount(
                    username,
                    fullName,
                    email,
                    password,
                    bodyId,
                    departmentId,
                    roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
            texts.info("staff.created", username);
            username = fullName = email = password = null;
            bodyId = departmentId = null;
            roles = null;
        } catch (BusinessException refusal) {
            texts.show(refusal, "newAccount");
        }
    }

    public List<Department> getDepartments() {
        return bodyId == null ? List.of() : organizations.departments(organizations.body(bodyId));
    }

    public List<Role> getStaffRoles() {
        return Arrays.stream(Role.values()).filter(Role::isStaff).toList();
    }

    public LazyDataModel<AccountRow> getModel() {
        return model;
    }

    public List<Body> getBodies() {
        return bodies;
    }

    public Long getFilterBodyId() {
        return filterBodyId;
    }

    public void setFilterBodyId(Long filterBodyId) {
        this.filterBodyId = filterBodyId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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
}
