package org.puente.web.transparency;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.web.platform.ErrorView;

/**
 * The stable addresses of a municipality's dashboard, {@code /transparencia/MET}, and of its card,
 * {@code /transparencia/MET/tarjeta}: each is forwarded to its page (by the clean name, which
 * FacesViews serves) with the municipality's code in a request attribute. Anything else under
 * {@code /transparencia/} is not found.
 */
@WebServlet(urlPatterns = "/transparencia/*")
public class TransparencyRouter extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute with the municipality's code from the address. */
    public static final String MUNICIPALITY = "puente.transparency.municipality";

    private static final Pattern PATH = Pattern.compile("^/([A-Za-z0-9-]{1,12})(/tarjeta)?/?$");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(MUNICIPALITY, m.group(1));
        request.getRequestDispatcher(m.group(2) == null ? "/transparencia" : "/transparencia-tarjeta")
                .forward(request, response);
    }
}
