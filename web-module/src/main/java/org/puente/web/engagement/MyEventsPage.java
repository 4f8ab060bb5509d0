package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.engagement.EventRow;
import org.puente.engagement.RequestQueries;

/** /staff/eventos: the expert's coming chats and forums. */
@Named
@RequestScoped
public class MyEventsPage {

    @Inject
    private RequestQueries queries;

    private List<EventRow> events;

    @PostConstruct
    void load() {
        events = queries.myEvents();
    }

    public List<EventRow> getEvents() {
        return events;
    }
}
