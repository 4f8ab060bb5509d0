package org.puente.web.question;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.puente.organization.Body;
import org.puente.platform.Links;
import org.puente.question.PublicQuestions;
import org.puente.web.layout.LocaleBacking;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.Texts;

/**
 * /preguntas/respondidas.atom?organismo=MET: a body's newly answered questions as an Atom feed; without organismo,
 * every body's. An unknown body is a 404. Announced in every public page's head (QuestionFeeds).
 */
@WebServlet("/preguntas/respondidas.atom")
public class QuestionFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicQuestions questions;

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
            body = questions.body(code);
            if (body.isEmpty()) {
                ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        Locale locale = request.getSession(false) == null ? LocaleBacking.SPANISH : language.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        String query = body.map(b -> "?organismo=" + b.getCode()).orElse("");
        String author = body.map(Body::getName).orElse(texts.getString("layout.brand"));
        QuestionFeed.Head head = new QuestionFeed.Head(
                links.to("/preguntas/respondidas.atom" + query),
                links.to("/preguntas" + query),
                MessageFormat.format(texts.getString("question.feed.title"), author),
                author,
                locale);
        byte[] atom = QuestionFeed.atom(
                        head,
                        questions.feed(body.orElse(null)),
                        id -> links.to("/preguntas/pregunta?id=" + id),
                        texts,
                        clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setContentLength(atom.length);
        response.getOutputStream().write(atom);
    }
}
