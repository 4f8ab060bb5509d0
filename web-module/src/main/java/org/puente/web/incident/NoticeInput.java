package org.puente.web.incident;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.puente.incident.AffectedService;
import org.puente.incident.NoticeForm;
import org.puente.incident.NoticeView;
import org.puente.incident.ServiceChannel;

/** The fields of the staff form of a notice, as typed (times in the body's wall clock). */
public class NoticeInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long bodyId;
    private String title;
    private AffectedService affected;
    private ServiceChannel channel;
    private String office;
    private LocalDateTime startedAt;
    private LocalDate closureDay;
    private String text;

    /** The form filled with a notice as it stands, to correct it. */
    static NoticeInput of(NoticeView notice) {
        NoticeInput input = new NoticeInput();
        input.bodyId = notice.bodyId();
        input.title = notice.title();
        input.affected = notice.affected();
        input.channel = notice.channel();
        input.office = notice.office();
        input.startedAt = notice.startedAt()
                .atZoneSameInstant(notice.zone())
                .toLocalDateTime()
                .withSecond(0)
                .withNano(0);
        input.closureDay = notice.closureDay();
        return input;
    }

    NoticeForm toForm() {
        return new NoticeForm(bodyId, title, affected, channel, office, startedAt, closureDay, text);
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public AffectedService getAffected() {
        return affected;
    }

    public void setAffected(AffectedService affected) {
        this.affected = affected;
    }

    public ServiceChannel getChannel() {
        return channel;
    }

    public void setChannel(ServiceChannel channel) {
        this.channel = channel;
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDate getClosureDay() {
        return closureDay;
    }

    public void setClosureDay(LocalDate closureDay) {
        this.closureDay = closureDay;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
