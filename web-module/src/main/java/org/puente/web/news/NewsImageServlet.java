package org.puente.web.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.puente.news.NewsImage;
import org.puente.news.NewsItems;
import org.puente.news.PublicNews;
import org.puente.platform.BusinessException;
import org.puente.web.platform.ErrorView;

/**
 * /noticias/imagen?id=N&amp;v=M: the image of news item N. An item out is served to anyone and cached a day (a
 * new image has a new id M, so the address changes); a draft's or a scheduled item's is served only to the
 * communication staff of its body, never cached; anything else is a 404.
 */
@WebServlet("/noticias/imagen")
public class NewsImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicNews news;

    @Inject
    private NewsItems staff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = number(request.getParameter("id"));
        Optional<NewsImage> image = news.image(id);
        boolean isPublic = image.isPresent();
        if (image.isEmpty() && id != null && (request.isUserInRole("COMUNICACION") || request.isUserInRole("ADMIN"))) {
            try {
                image = staff.image(id);
            } catch (BusinessException e) {
                image = Optional.empty();
            }
        }
        if (image.isEmpty()) {
            ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NewsImage found = image.get();
        String etag = "\"news-image-" + found.getId() + "\"";
        response.setHeader("Cache-Control", isPublic ? "public, max-age=86400" : "private, no-store");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (isPublic && etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] data = found.getData();
        response.setCharacterEncoding((String) null);
        response.setContentType(found.getContentType());
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
