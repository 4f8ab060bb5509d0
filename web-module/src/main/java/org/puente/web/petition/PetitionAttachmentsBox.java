package org.puente.web.petition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.petition.AttachmentList;
import org.puente.petition.PetitionAttachments;
import org.puente.petition.PetitionTracking;
import org.puente.web.report.TrackingPage;

/**
 * The attachments' lists of two pages, read once per request: on the staff page of a petition the files its
 * caller may download (or, under a reserved identity, only how many there are), and on the filer's tracking
 * page the names of what he sent (no download there).
 */
@Named
@RequestScoped
public class PetitionAttachmentsBox {

    @Inject
    private PetitionAttachments attachments;

    @Inject
    private PetitionTracking tracking;

    @Inject
    private TrackingPage lookup;

    private AttachmentList staff;
    private List<String> filer;

    /** For the staff page of this folio (the page has already checked that its caller works it). */
    public AttachmentList forStaff(String folio) {
        if (staff == null) {
            staff = folio == null ? AttachmentList.none() : attachments.listOf(folio);
        }
        return staff;
    }

    /** For the tracking page: the names the filer sent, empty for anyone else. */
    public List<String> getFilerNames() {
        if (filer == null) {
            filer = tracking.attachmentNames(lookup.getFolio(), lookup.getCode());
        }
        return filer;
    }
}
