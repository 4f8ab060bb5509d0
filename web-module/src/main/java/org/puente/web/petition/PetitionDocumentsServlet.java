package org.puente.web.petition;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.puente.casework.CaseDocuments;
import org.puente.petition.PetitionFile;
import org.puente.petition.PetitionTracking;
import org.puente.web.casework.TrackingKeys;
import org.puente.web.platform.ErrorView;

/**
 * A petition's documents for its filer: {@code /acuse} (the acuse de recibo) and {@code /respuesta} (the
 * written response, once answered), each by {@code folio} for a session that showed the case's tracking code
 * on /seguimiento or just filed it ({@link TrackingKeys}; never a code in the address), or signed in as the citizen
 * who filed it, as a PDF attachment that no cache keeps. Anyone else, or a response not given yet, gets 404.
 */
@WebServlet(urlPatterns = {"/acuse", "/respuesta"})
public class PetitionDocumentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PetitionTracking tracking;

    @Inject
    private TrackingKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean answer = request.getServletPath().equals("/respuesta");
        String folio = request.getParameter("folio");
        PetitionFile file =
                tracking.document(folio, keys.codeFor(folio), answer).orElse(null);
        if (file == null) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(CaseDocuments.PDF);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(file.data().length);
        response.getOutputStream().write(file.data());
    }
}
