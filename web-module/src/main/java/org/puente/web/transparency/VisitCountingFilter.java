package org.puente.web.transparency;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.puente.transparency.PageViews;

/**
 * Counts a view of a public page for the visit figures: a GET (not a form's postback) that a browser
 * made and that was answered with a page (2xx, HTML), outside the intranet, the APIs, the faces
 * resources and static files. Error pages are not counted (their dispatch does not pass here, and
 * their status is not 2xx). Only the path and the User-Agent go to {@link PageViews}, which keeps
 * neither: no cookie is set, no address read.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST, asyncSupported = true)
public class VisitCountingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Not public pages, or not pages at all. */
    static final List<String> NOT_COUNTED = List.of(
            "/staff",
            "/api/",
            "/open311/",
            "/jakarta.faces.resource",
            "/ws/",
            "/health",
            "/metrics",
            "/openapi",
            "/it/",
            "/salir",
            "/mi-cuenta",
            "/resources/");

    @Inject
    private PageViews pageViews;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = pagePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        int status = response.getStatus();
        String type = response.getContentType();
        if (path != null && status >= 200 && status < 300 && type != null && type.startsWith("text/html")) {
            pageViews.count(path, request.getHeader("User-Agent"));
        }
    }

    /** The page's path as counted (no path parameters), or null when it is not a public page. */
    static String pagePath(String uri) {
        int semicolon = uri.indexOf(';');
        String bare = semicolon >= 0 ? uri.substring(0, semicolon) : uri;
        String path = bare.isEmpty() ? "/" : bare;
        if (!path.startsWith("/") || NOT_COUNTED.stream().anyMatch(p -> path.startsWith(p) || (path + "/").equals(p))) {
            return null;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? null : path;
    }
}
