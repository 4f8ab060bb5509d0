package org.puente.web.petition;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.puente.petition.AttachmentFile;
import org.puente.petition.PetitionAttachments;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.web.platform.ErrorView;

/**
 * /staff/peticion/adjunto?folio=&amp;n=: a file the filer attached, for the staff who may see it
 * ({@link PetitionAttachments}: 403 to anyone else, 404 when there is no such file), always as a download
 * that no browser renders in Puente's origin: {@code Content-Disposition: attachment}, {@code nosniff} and a
 * sandboxing CSP, so that a crafted PDF or image can run nothing; never cached. Each download is audited.
 */
@WebServlet("/staff/peticion/adjunto")
public class PetitionAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PetitionAttachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentFile file;
        try {
            file = attachments.download(request.getParameter("folio"), number(request.getParameter("n")));
        } catch (AccessDeniedException | jakarta.ejb.EJBAccessException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException | NumberFormatException e) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", disposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.data().length);
        response.getOutputStream().write(file.data());
    }

    private static int number(String n) {
        if (n == null || n.isBlank() || n.length() > 2) {
            throw new NumberFormatException(n);
        }
        return Integer.parseInt(n.strip());
    }

    /**
     * {@code attachment} with the name twice: an ASCII one for old clients (anything else replaced by "_") and
     * the UTF-8 one (RFC 6266 / 5987) that browsers prefer, so "oficio Ñuñez.pdf" is saved as it was sent.
     */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
