package org.puente.web.forum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.abuse.Limit;
import org.puente.forum.ForumService;
import org.puente.forum.ForumView;
import org.puente.forum.PostReceipt;
import org.puente.forum.PostStatus;
import org.puente.forum.ThreadRow;
import org.puente.platform.BusinessException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.Texts;

/** /foro?evento=: a forum, its threads (twenty a page) and, for a signed-in citizen, a new thread. */
@Named
@ViewScoped
public class ForumPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    private ForumService forums;

    @Inject
    private Texts texts;

    @Inject
    private FormGuard guard;

    @Inject
    private CurrentUser currentUser;

    private Long eventId;
    private int page = 1;
    private ForumView forum;
    private List<ThreadRow> threads;
    private long total;
    private String title;
    private String body;

    public void load() {
        forum = forums.forum(eventId);
        total = forums.countThreads(eventId);
        int last = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(Math.max(1, page), last);
        threads = forums.threads(eventId, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public String start() {
        try {
            // limited per account and per client address (RateLimits)
            guard.admit(Limit.FORUM_POST_SOURCE);
            currentUser.account().ifPresent(a -> guard.admit(Limit.FORUM_POST_ACCOUNT, a.getUsername()));
            PostReceipt r = forums.startThread(eventId, title, body);
            if (r.status() == PostStatus.PENDING) {
                texts.info("forum.thread.pending");
                return "/foro?faces-redirect=true&evento=" + eventId;
            }
            texts.info("forum.thread.published");
            return "/tema?faces-redirect=true&id=" + r.threadId();
        } catch (BusinessException refusal) {
            texts.show(refusal, "new-thread");
            return null;
        }
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public ForumView getForum() {
        return forum;
    }

    public List<ThreadRow> getThreads() {
        return threads;
    }

    public long getTotal() {
        return total;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
