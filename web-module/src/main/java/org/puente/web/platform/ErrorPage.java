package org.puente.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import org.puente.identity.Role;

/**
 * Which friendly error the error page shows (400, 403, 404, an expired view, or anything else: 500)
 * and in which layout: a staff member who went wrong inside the intranet stays in the intranet, with
 * its menu; everybody else gets the public layout.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final String PUBLIC = "/WEB-INF/templates/public.xhtml";
    private static final String STAFF = "/WEB-INF/templates/staff.xhtml";

    public String getKind() {
        Map<String, Object> request =
                FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        for (Object t = request.get("jakarta.servlet.error.exception");
                t instanceof Throwable thrown;
                t = thrown.getCause()) {
            if (thrown instanceof ViewExpiredException) {
                return "expired";
            }
        }
        Object status = request.get("jakarta.servlet.error.status_code");
        if (status instanceof Integer code && (code == 400 || code == 403 || code == 404 || code == 413)) {
            return code.toString();
        }
        return "500";
    }

    /** For the 413 text: the most a request may carry (see UploadLimitFilter). */
    public long getUploadLimitMegabytes() {
        return UploadLimitFilter.MAX_REQUEST_BYTES / (1024 * 1024);
    }

    public String getTemplate() {
        return isIntranet() ? STAFF : PUBLIC;
    }

    /** True for a staff member whose request went wrong inside the intranet. */
    public boolean isIntranet() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Object uri = external.getRequestMap().get("jakarta.servlet.error.request_uri");
        String path = uri == null ? external.getRequestServletPath() : uri.toString();
        boolean intranet = path.startsWith(external.getRequestContextPath() + "/staff/")
                || path.equals(external.getRequestContextPath() + "/staff");
        return intranet && isStaff(external);
    }

    private static boolean isStaff(ExternalContext external) {
        if (external.getRemoteUser() == null) {
            return false;
        }
        for (Role role : Role.values()) {
            if (role.isStaff() && external.isUserInRole(role.name())) {
                return true;
            }
        }
        return false;
    }
}
