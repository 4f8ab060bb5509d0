package org.puente.web.communication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.communication.FeedBodies;
import org.puente.communication.PublicFeeds;

/** The debunks' and news feeds every public page announces in its head (read from PublicFeeds' cache). */
@Named
@RequestScoped
public class CommunicationFeeds {

    @Inject
    private PublicFeeds feeds;

    private List<FeedBodies.Entry> hoaxes;
    private List<FeedBodies.Entry> news;

    public List<FeedBodies.Entry> getHoaxes() {
        if (hoaxes == null) {
            hoaxes = feeds.hoaxBodies();
        }
        return hoaxes;
    }

    public List<FeedBodies.Entry> getNews() {
        if (news == null) {
            news = feeds.newsBodies();
        }
        return news;
    }
}
