package org.puente.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.incident.NoticeView;
import org.puente.incident.PublicNotices;
import org.puente.platform.BusinessException;

/** /estado/aviso?id=N: one incident notice and its public timeline (404 for none). */
@Named
@RequestScoped
public class StatusNoticePage {

    @Inject
    private PublicNotices notices;

    private Long id;
    private NoticeView notice;

    public void load() {
        notice = notices.notice(id).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    public NoticeView getNotice() {
        return notice;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
