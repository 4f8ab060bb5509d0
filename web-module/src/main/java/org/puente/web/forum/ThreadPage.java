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
import org.puente.forum.PostView;
import org.puente.forum.ThreadRow;
import org.puente.platform.BusinessException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.Texts;

/** /tema?id=: one thread with its public posts (twenty a page), the reply form, and flagging. */
@Named
@ViewScoped
public class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private Texts texts;

    @Inject
    private FormGuard guard;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private int page = 1;
    private ThreadRow thread;
    private ForumView forum;
    private List<PostView> posts;
    private long total;
    private String body;
    private String flagReason;

    public void load() {
        thread = forums.thread(id);
        forum = forums.forum(thread.eventId());
        total = forums.countPosts(id);
        int last = (int) Math.max(1, (total + ForumPage.PAGE_SIZE - 1) / ForumPage.PAGE_SIZE);
        page = Math.min(Math.max(1, page), last);
        posts = forums.posts(id, (page - 1) * ForumPage.PAGE_SIZE, ForumPage.PAGE_SIZE);
    }

    public String reply() {
        try {
            // limited per account and per client address (RateLimits)
            guard.admit(Limit.FORUM_POST_SOURCE);
            currentUser.account().ifPresent(a -> guard.admit(Limit.FORUM_POST_ACCOUNT, a.getUsername()));
            PostReceipt r = forums.reply(id, body);
            texts.info(r.status() == PostStatus.PENDING ? "forum.reply.pending" : "forum.reply.published");
            long pages = Math.max(1, (forums.countPosts(id) + ForumPage.PAGE_SIZE - 1) / ForumPage.PAGE_SIZE);
            return "/tema?faces-redirect=true&id=" + id + "&pagina=" + pages;
        } catch (BusinessException refusal) {
            texts.show(refusal, "reply");
            return null;
        }
    }

    public String flag(Long postId) {
        try {
            forums.flag(postId, flagReason);
            texts.info("forum.flagged");
            return "/tema?faces-redirect=true&id=" + id + "&pagina=" + page;
        } catch (BusinessException refusal) {
            texts.show(refusal, "posts");
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public ThreadRow getThread() {
        return thread;
    }

    public ForumView getForum() {
        return forum;
    }

    public List<PostView> getPosts() {
        return posts;
    }

    public long getTotal() {
        return total;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return (long) page * ForumPage.PAGE_SIZE < total;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFlagReason() {
        return flagReason;
    }

    public void setFlagReason(String flagReason) {
        this.flagReason = flagReason;
    }
}
