package org.puente.web.hoax;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.puente.hoax.PublicHoaxes;
import org.puente.organization.Body;
import org.puente.web.communication.AtomFeed;
import org.puente.web.communication.FeedServlet;

/**
 * /desmentidos/desmentidos.atom?organismo=MET: a body's published debunks as Atom (every body's without
 * organismo); announced in every public page's head.
 */
@WebServlet("/desmentidos/desmentidos.atom")
public class HoaxFeedServlet extends FeedServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicHoaxes hoaxes;

    @Override
    protected String selfPath() {
        return "/desmentidos/desmentidos.atom";
    }

    @Override
    protected String pagePath() {
        return "/desmentidos";
    }

    @Override
    protected String titleKey() {
        return "hoax.feed.title";
    }

    @Override
    protected List<AtomFeed.Item> items(Body body, ResourceBundle texts) {
        return hoaxes.feed(body).stream()
                .map(h -> new AtomFeed.Item(
                        links.to("/desmentidos/desmentido?id=" + h.id()),
                        MessageFormat.format(
                                texts.getString("hoax.feed.entryTitle"),
                                texts.getString(h.verdict().messageKey()),
                                h.claim()),
                        h.explanation(),
                        h.publishedAt().toInstant(),
                        h.updatedAt().toInstant()))
                .toList();
    }
}
