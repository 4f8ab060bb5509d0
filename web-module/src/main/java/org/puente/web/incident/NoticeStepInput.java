package org.puente.web.incident;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.puente.incident.NoticeStatus;

/** The fields of a notice's update and resolution forms. */
public class NoticeStepInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String updateText;
    private NoticeStatus updateStatus;
    private String resolveText;
    private LocalDateTime resolvedAt;

    public String getUpdateText() {
        return updateText;
    }

    public void setUpdateText(String updateText) {
        this.updateText = updateText;
    }

    public NoticeStatus getUpdateStatus() {
        return updateStatus;
    }

    public void setUpdateStatus(NoticeStatus updateStatus) {
        this.updateStatus = updateStatus;
    }

    public String getResolveText() {
        return resolveText;
    }

    public void setResolveText(String resolveText) {
        this.resolveText = resolveText;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }

    public void setResolvedAt(LocalDateTime resolvedAt) {
        this.resolvedAt = resolvedAt;
    }
}
