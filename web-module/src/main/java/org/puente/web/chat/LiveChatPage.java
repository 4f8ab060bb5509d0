package org.puente.web.chat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.chat.ChatAnswers;
import org.puente.chat.ChatFigures;
import org.puente.chat.ChatModeration;
import org.puente.chat.ChatParticipation;
import org.puente.chat.ChatRecords;
import org.puente.chat.ChatRoom;
import org.puente.chat.PendingQuestion;
import org.puente.chat.PublicMessage;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/**
 * /staff/moderar?evento= (the moderator: pending questions to approve, edit or reject, notices,
 * muting) and /staff/responder?evento= (the expert: approved questions to answer). The lists refresh
 * themselves every few seconds; the room's public stream is the same as the citizens'.
 * <p>Over 150 lines because one bean serves the moderator's and the expert's page: they share the room, the selected question and its text.
 */
@Named
@ViewScoped
public class LiveChatPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChatParticipation chats;

    @Inject
    private ChatModeration moderation;

    @Inject
    private ChatAnswers answers;

    @Inject
    private ChatRecords records;

    @Inject
    private Texts texts;

    private Long eventId;
    private ChatRoom room;
    private Long selectedId;
    private String text;
    private String reason;
    private String notice;
    /** What the page shows, read once per request (the poll and each step call {@link #refresh}). */
    private transient List<PendingQuestion> pending;

    private transient List<PendingQuestion> muted;
    private transient List<PublicMessage> unanswered;
    private transient ChatFigures figures;

    public void load() {
        room = chats.room(eventId);
    }

    /** Forgets what was read, so that the next render reads the queues again. */
    public void refresh() {
        pending = null;
        muted = null;
        unanswered = null;
        figures = null;
    }

    public List<PendingQuestion> getPending() {
        if (pending == null) {
            pending = moderation.pending(eventId);
        }
        return pending;
    }

    public List<PendingQuestion> getMuted() {
        if (muted == null) {
            muted = moderation.mutedParticipants(eventId);
        }
        return muted;
    }

    public List<PublicMessage> getUnanswered() {
        if (unanswered == null) {
            unanswered = answers.unanswered(eventId);
        }
        return unanswered;
    }

    public ChatFigures getFigures() {
        if (figures == null) {
            figures = records.figures(eventId);
        }
        return figures;
    }

    /** Opens the edit, reject or answer box for one question. */
    public void select(Long id, String currentText) {
        selectedId = id;
        text = currentText;
        reason = null;
    }

    public void approve(Long id) {
        run(() -> moderation.approve(id, null), "chat.approved");
    }

    public void approveEdited() {
        run(() -> moderation.approve(selectedId, text), "chat.approved");
        selectedId = null;
    }

    public void reject() {
        run(() -> moderation.reject(selectedId, reason), "chat.rejected");
        selectedId = null;
    }

    public void mute(Long participantId, boolean muted) {
        run(() -> moderation.mute(participantId, muted), muted ? "chat.mutedDone" : "chat.unmutedDone");
    }

    public void postNotice() {
        run(() -> moderation.notice(eventId, notice), "chat.noticeDone");
        notice = null;
    }

    public void answer() {
        run(() -> answers.answer(selectedId, text), "chat.answered");
        selectedId = null;
        text = null;
    }

    private void run(Runnable call, String done) {
        try {
            call.run();
            texts.info(done);
        } catch (BusinessException refusal) {
            texts.show(refusal, "live");
        }
        refresh();
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public ChatRoom getRoom() {
        return room;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
