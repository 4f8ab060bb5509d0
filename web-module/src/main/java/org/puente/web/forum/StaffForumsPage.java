package org.puente.web.forum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.forum.ForumService;
import org.puente.forum.ForumView;

/** /staff/foros: the forums of the last month and the coming ones. */
@Named
@RequestScoped
public class StaffForumsPage {

    @Inject
    private ForumService forums;

    private List<ForumView> list;

    public List<ForumView> getForums() {
        if (list == null) {
            list = forums.staffForums();
        }
        return list;
    }
}
