package org.puente.web.news;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import java.util.ResourceBundle;
import org.puente.news.PublicNews;
import org.puente.organization.Body;
import org.puente.web.communication.AtomFeed;
import org.puente.web.communication.FeedServlet;

/**
 * /noticias/noticias.atom?organismo=MET: a body's news items out (published, their time come) as Atom (every
 * body's without organismo); announced in every public page's head.
 */
@WebServlet("/noticias/noticias.atom")
public class NewsFeedServlet extends FeedServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicNews news;

    @Override
    protected String selfPath() {
        return "/noticias/noticias.atom";
    }

    @Override
    protected String pagePath() {
        return "/noticias";
    }

    @Override
    protected String titleKey() {
        return "news.feed.title";
    }

    @Override
    protected List<AtomFeed.Item> items(Body body, ResourceBundle texts) {
        return news.feed(body).stream()
                .map(n -> new AtomFeed.Item(
                        links.to("/noticias/noticia?id=" + n.id()),
                        n.title(),
                        n.summary(),
                        n.publishAt().toInstant(),
                        n.updatedAt().toInstant()))
                .toList();
    }
}
