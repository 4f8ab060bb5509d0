package org.puente.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puente.incident.NoticeCache;
import org.puente.incident.NoticeRow;
import org.puente.incident.PublicNotices;
import org.puente.incident.ServiceChannel;

/**
 * The incident banner of every public page (WEB-INF/templates/public.xhtml): the active notices, each with a
 * link to its status page, and on the form a channel's failure concerns, what to do instead; and the feeds
 * announced in the page's head. Read from PublicNotices' cache: no query per page view.
 */
@Named
@RequestScoped
public class NoticeBanner {

    /** The pages that say what to do instead while a channel is down (incidentNotice.instead.CHANNEL). */
    private static final Map<ServiceChannel, Set<String>> PAGES = new EnumMap<>(Map.of(
            ServiceChannel.LINEA_7311, Set.of("/reportar.xhtml", "/peticion.xhtml"),
            ServiceChannel.FORMULARIO_REPORTES, Set.of("/reportar.xhtml"),
            ServiceChannel.FORMULARIO_PETICIONES, Set.of("/peticion.xhtml"),
            ServiceChannel.CHAT, Set.of("/chat.xhtml"),
            ServiceChannel.BUZON, Set.of("/contacto.xhtml")));

    @Inject
    private PublicNotices notices;

    private List<NoticeRow> active;
    private List<NoticeCache.FeedBody> feeds;

    public List<NoticeRow> getActive() {
        if (active == null) {
            active = notices.active();
        }
        return active;
    }

    public List<NoticeCache.FeedBody> getFeeds() {
        if (feeds == null) {
            feeds = notices.feeds();
        }
        return feeds;
    }

    /** The message key of what to do instead on this page while the notice's channel is down; null for none. */
    public String insteadHere(NoticeRow notice) {
        FacesContext context = FacesContext.getCurrentInstance();
        String view = context == null || context.getViewRoot() == null
                ? ""
                : context.getViewRoot().getViewId();
        return insteadOn(notice.channel(), view);
    }

    static String insteadOn(ServiceChannel channel, String viewId) {
        if (channel == null || !PAGES.get(channel).contains(viewId)) {
            return null;
        }
        return "incidentNotice.instead." + channel.name();
    }
}
