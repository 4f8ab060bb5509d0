package org.puente.web.engagement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.puente.engagement.EngagementLetter;
import org.puente.engagement.RequestQueries;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.web.platform.ErrorView;

/**
 * /staff/oficio?id=: the scanned letter of a request, to whoever may see the request (403 to
 * anyone else, 404 when there is none). web.xml guards the path with the detail page's roles.
 */
@WebServlet("/staff/oficio")
public class LetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            EngagementLetter letter = queries.letter(Long.valueOf(request.getParameter("id")))
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            String name = letter.getFileName() == null ? "oficio.pdf" : letter.getFileName();
            response.setContentType("application/pdf");
            response.setContentLength(letter.getData().length);
            // Downloaded, never shown inside Puente's origin: a PDF can carry scripts and forms, and the
            // sandbox keeps it from acting as Puente's page even if a browser opens it in place.
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
            response.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"oficio.pdf\"; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(letter.getData());
        } catch (AccessDeniedException | jakarta.ejb.EJBAccessException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_FORBIDDEN);
        } catch (BusinessException | IllegalArgumentException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
