package org.puente.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.puente.web.layout.LocaleBacking;

/**
 * Refuses a request whose declared body is larger than any of Puente's forms can send (three photos
 * of 5 MB and the fields), before the container reads or stores a byte of it: HTTP 413 with a short
 * page, in the visitor's language, that says what the limits are. It is written here rather than by
 * the error page because rendering a JSF page for a POST would make the container parse the very body
 * being refused. The same number is the container's {@code max-request-size} in web.xml, which also
 * stops a body sent without a declared length.
 */
@WebFilter(filterName = "UploadLimitFilter", urlPatterns = "/*")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** 25 MB: keep equal to web.xml's max-request-size. */
    public static final long MAX_REQUEST_BYTES = 25L * 1024 * 1024;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.REQUEST
                || request.getContentLengthLong() <= MAX_REQUEST_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        String title = Messages.text(locale.getLocale(), "error.413.title");
        String text = Messages.text(locale.getLocale(), "error.413.text", MAX_REQUEST_BYTES / (1024 * 1024));
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // The body is not read: the connection closes after the answer instead of draining it.
        response.setHeader("Connection", "close");
        response.setContentType("text/html; charset=UTF-8");
        String home = request.getContextPath() + "/";
        try (PrintWriter out = response.getWriter()) {
            out.printf(
                    "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%s</title>"
                            + "<link rel=\"stylesheet\" href=\"%sjakarta.faces.resource/css/puente.css.xhtml\"></head>"
                            + "<body><main class=\"card narrow error-page\"><h1>%s</h1><p>%s</p>"
                            + "<p><a class=\"button\" href=\"%s\">%s</a></p></main></body></html>",
                    locale.getLanguage(),
                    html(title),
                    home,
                    html(title),
                    html(text),
                    home,
                    html(Messages.text(locale.getLocale(), "error.back")));
        }
    }

    /** The texts come from the bundles; they are escaped all the same. */
    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
