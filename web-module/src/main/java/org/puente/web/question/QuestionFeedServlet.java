package org.puente.web.question;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import java.util.ResourceBundle;
import org.puente.organization.Body;
import org.puente.question.PublicQuestions;
import org.puente.web.communication.AtomFeed;
import org.puente.web.communication.FeedServlet;

/**
 * /preguntas/respondidas.atom?organismo=MET: a body's newly answered questions as an Atom feed; without organismo,
 * every body's. An unknown body is a 404 (FeedServlet). Announced in every public page's head (QuestionFeeds).
 */
@WebServlet("/preguntas/respondidas.atom")
public class QuestionFeedServlet extends FeedServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicQuestions questions;

    @Override
    protected String selfPath() {
        return "/preguntas/respondidas.atom";
    }

    @Override
    protected String pagePath() {
        return "/preguntas";
    }

    @Override
    protected String titleKey() {
        return "question.feed.title";
    }

    @Override
    protected List<AtomFeed.Item> items(Body body, ResourceBundle texts) {
        return QuestionFeed.items(questions.feed(body), id -> links.to("/preguntas/pregunta?id=" + id), texts);
    }
}
