package org.puente.web.incident;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.puente.incident.PublicNotices;
import org.puente.organization.Body;
import org.puente.platform.Links;
import org.puente.web.layout.LocaleBacking;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.Texts;

/**
 * /estado/avisos.atom?organismo=MET: a body's incident notices as an Atom feed, for feed readers and the body's
 * social-media accounts; without organismo, every body's. An unknown body is a 404. Announced in every public
 * page's head (NoticeBanner.feeds).
 */
@WebServlet("/estado/avisos.atom")
public class NoticeFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicNotices notices;

    @Inject
    private Links links;

    @Inject
    private Clock clock;

    @Inject
    private LocaleBacking language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("organismo");
        Optional<Body> body = Optional.empty();
        if (code != null && !code.isBlank()) {
            body = notices.body(code);
            if (body.isEmpty()) {
                ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        Locale locale = request.getSession(false) == null ? LocaleBacking.SPANISH : language.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        String query = body.map(b -> "?organismo=" + b.getCode()).orElse("");
        String author = body.map(Body::getName).orElse(texts.getString("layout.brand"));
        NoticeFeed.Head head = new NoticeFeed.Head(
                links.to("/estado/avisos.atom" + query),
                links.to("/estado" + query),
                java.text.MessageFormat.format(texts.getString("incidentNotice.feed.title"), author),
                author,
                locale);
        byte[] atom = NoticeFeed.atom(
                        head,
                        notices.feed(body.orElse(null)),
                        id -> links.to("/estado/aviso?id=" + id),
                        texts,
                        clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setContentLength(atom.length);
        response.getOutputStream().write(atom);
    }
}
