package org.puente.web.forum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.forum.ForumService;
import org.puente.forum.ForumView;
import org.puente.forum.ModerationItem;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/** /staff/moderar-foro?evento=: pending and flagged posts, and the forum's moderation mode. */
@Named
@ViewScoped
public class ForumModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private Texts texts;

    private Long eventId;
    private ForumView forum;
    private Long hiding;
    private String reason;
    private transient List<ModerationItem> items;

    public void load() {
        forum = forums.forum(eventId);
    }

    /** The queue, read once per request. */
    public List<ModerationItem> getItems() {
        if (items == null) {
            items = forums.toModerate(eventId);
        }
        return items;
    }

    public void approve(Long postId) {
        run(() -> forums.approve(postId), "forum.mod.approved");
    }

    public void keep(Long postId) {
        run(() -> forums.keep(postId), "forum.mod.kept");
    }

    public void startHiding(Long postId) {
        hiding = postId;
        reason = null;
    }

    public void hide() {
        run(() -> forums.hide(hiding, reason), "forum.mod.hidden");
        hiding = null;
    }

    public void setMode(boolean pre) {
        run(() -> forums.setPreModerated(eventId, pre), pre ? "forum.mod.preOn" : "forum.mod.postOn");
        forum = forums.forum(eventId);
    }

    private void run(Runnable call, String done) {
        try {
            call.run();
            texts.info(done);
        } catch (BusinessException refusal) {
            // Shown at the top of the page: the reason's box is one of several in the queue.
            texts.show(new BusinessException(refusal.getMessageKey(), refusal.getArguments()), "moderation");
        }
        items = null;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public ForumView getForum() {
        return forum;
    }

    public Long getHiding() {
        return hiding;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
