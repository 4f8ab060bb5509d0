package org.puente.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a request with the error page and its status <em>within</em> that request. A container error
 * dispatch (sendError) runs after Jakarta Security has let go of the caller, so the page would not know
 * a staff member and would show him the public layout; rendered here, he keeps the intranet and its menu.
 */
public final class ErrorView {

    static final String PAGE = "/error.xhtml";
    /** The page's clean address: a forward to the .xhtml name would be redirected there by FacesViews. */
    static final String ADDRESS = "/error";

    private ErrorView() {}

    /** From a JSF page: the rest of the lifecycle renders the error page instead of the view. */
    public static void show(FacesContext context, int status) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            context.responseComplete();
            return;
        }
        if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            // too late to swap the view: the container's error dispatch draws the page
            try {
                external.responseReset();
                external.responseSendError(status, null);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        mark(request, status);
        external.setResponseStatus(status);
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, PAGE));
        context.renderResponse();
    }

    /** From a servlet: forwards to the error page with the status. */
    public static void forward(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        mark(request, status);
        response.setStatus(status);
        try {
            request.getRequestDispatcher(ADDRESS).forward(request, response);
        } catch (ServletException e) {
            throw new IOException(e);
        }
    }

    private static void mark(HttpServletRequest request, int status) {
        if (status == HttpServletResponse.SC_FORBIDDEN) {
            org.puente.web.identity.AccessDeniedLog.deniedOnce(request, "refused by a service");
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
    }
}
