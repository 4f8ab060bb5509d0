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
        response.sendRedirect(sameAddressWithout(request.getRequestURI(), request.getQueryString()));
    }

    /**
     * The page's own address without the switch. Always a path on this host: an address that starts
     * with several slashes or a backslash ({@code //evil.example/}) would otherwise send the visitor away.
     */
    static String sameAddressWithout(String path, String query) {
        String rest = query == null
                ? ""
                : Arrays.stream(query.split("&"))
                        .filter(p -> !p.startsWith(PARAMETER + "="))
                        .collect(Collectors.joining("&"));
        return path.replaceFirst("^[/\\\\]+", "/") + (rest.isEmpty() ? "" : "?" + rest);
    }
}
