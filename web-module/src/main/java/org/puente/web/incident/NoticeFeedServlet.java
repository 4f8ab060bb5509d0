package org.puente.web.incident;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import java.util.ResourceBundle;
import org.puente.incident.PublicNotices;
import org.puente.organization.Body;
import org.puente.web.communication.AtomFeed;
import org.puente.web.communication.FeedServlet;

/**
 * /estado/avisos.atom?organismo=MET: a body's incident notices as an Atom feed, for feed readers and the body's
 * social-media accounts; without organismo, every body's. An unknown body is a 404 (FeedServlet). Announced in
 * every public page's head (NoticeBanner.feeds).
 */
@WebServlet("/estado/avisos.atom")
public class NoticeFeedServlet extends FeedServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicNotices notices;

    @Override
    protected String selfPath() {
        return "/estado/avisos.atom";
    }

    @Override
    protected String pagePath() {
        return "/estado";
    }

    @Override
    protected String titleKey() {
        return "incidentNotice.feed.title";
    }

    @Override
    protected List<AtomFeed.Item> items(Body body, ResourceBundle texts) {
        return NoticeFeed.items(notices.feed(body), id -> links.to("/estado/aviso?id=" + id), texts);
    }
}
