package org.puente.web.communication;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.puente.communication.PublicFeeds;
import org.puente.organization.Body;
import org.puente.platform.Links;
import org.puente.web.layout.LocaleBacking;
import org.puente.web.platform.ErrorView;
import org.puente.web.platform.Texts;

/**
 * What the debunks' and the news feeds share: {@code ?organismo=MET} names one body (an unknown one is a 404),
 * none every body's; the language is the visitor's, Spanish for a feed reader; the feed is cached a minute.
 */
public abstract class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicFeeds feeds;

    @Inject
    protected Links links;

    @Inject
    private Clock clock;

    @Inject
    private LocaleBacking language;

    /** The feed's own address and its page's, without a query. */
    protected abstract String selfPath();

    protected abstract String pagePath();

    /** The key of the feed's title, with {0} the body's name. */
    protected abstract String titleKey();

    protected abstract List<AtomFeed.Item> items(Body body, ResourceBundle texts);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("organismo");
        Optional<Body> body = Optional.empty();
        if (code != null && !code.isBlank()) {
            body = feeds.body(code);
            if (body.isEmpty()) {
                ErrorView.forward(request, response, HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        Locale locale = request.getSession(false) == null ? LocaleBacking.SPANISH : language.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, locale);
        String query = body.map(b -> "?organismo=" + b.getCode()).orElse("");
        String author = body.map(Body::getName).orElse(texts.getString("layout.brand"));
        AtomFeed.Head head = new AtomFeed.Head(
                links.to(selfPath() + query),
                links.to(pagePath()),
                MessageFormat.format(texts.getString(titleKey()), author),
                author,
                locale);
        byte[] atom = AtomFeed.atom(head, items(body.orElse(null), texts), clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setContentLength(atom.length);
        response.getOutputStream().write(atom);
    }
}
