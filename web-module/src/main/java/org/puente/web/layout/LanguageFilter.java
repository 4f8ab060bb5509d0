package org.puente.web.layout;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The language switch is a plain link (?idioma=en or ?idioma=es) that works without JavaScript:
 * this filter records the choice in the session and sends the visitor back to the same page.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "idioma";

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only GETs: reading a parameter of a POST would consume its body before JAX-RS sees it.
        String language = "GET".equals(request.getMethod()) ? request.getParameter(PARAMETER) : null;
        if (language == null) {
            chain.doFilter(request, response);
            return;
        }
        locale.choose(language);
        String rest = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.startsWith(PARAMETER + "=")).collect(Collectors.joining("&"));
        response.sendRedirect(request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
    }
}
