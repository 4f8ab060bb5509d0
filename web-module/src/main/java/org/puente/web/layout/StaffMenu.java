package org.puente.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.puente.identity.Role;
import org.puente.web.identity.CurrentUser;

/** The intranet menu of the signed-in staff member. */
@Named
@RequestScoped
public class StaffMenu {

    @Inject
    private CurrentUser user;

    public List<StaffPage> getPages() {
        Set<Role> roles = Set.copyOf(user.getRoles());
        return Arrays.stream(StaffPage.values()).filter(p -> p.isFor(roles)).toList();
    }

    /** True for the entry of the page being shown (announced with aria-current). */
    public boolean isCurrent(StaffPage page) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String forwarded = (String) request.getAttribute("jakarta.servlet.forward.servlet_path");
        if (forwarded != null) {
            path = forwarded;
        }
        path = path.replaceFirst("\\.xhtml$", "").replaceFirst("/index$", "/");
        return path.equals(page.getPath());
    }
}
