package org.puente.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;

/** Which friendly error the error page shows: 403, 404, an expired view, or anything else (500). */
@Named
@RequestScoped
public class ErrorPage {

    public String getKind() {
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        for (Object t = request.get("jakarta.servlet.error.exception"); t instanceof Throwable thrown;
             t = thrown.getCause()) {
            if (thrown instanceof ViewExpiredException) {
                return "expired";
            }
        }
        Object status = request.get("jakarta.servlet.error.status_code");
        if (status instanceof Integer code && (code == 403 || code == 404)) {
            return code.toString();
        }
        return "500";
    }
}
