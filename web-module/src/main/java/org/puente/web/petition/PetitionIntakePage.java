package org.puente.web.petition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.puente.casework.CaseIdentity;
import org.puente.identity.BodyScope;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.petition.NewPetition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.platform.BusinessException;
import org.puente.web.platform.HeldUploads;
import org.puente.web.platform.Refusals;
import org.puente.web.platform.Texts;

/**
 * /staff/peticion-nueva: the intake desk files a petition for a caller on the phone, in its own body,
 * through the one intake door ({@link PetitionIntake}, channel PHONE), after reading him the simplified
 * privacy notice. The receipt (folio, tracking code, due date) stays on the page to be read back to him.
 * The caller's files (sent by e-mail to the desk, say) may be attached as on the public form ({@link HeldAttachments}).
 * Over ~150 lines only because of the accessors of its ten inputs; the rules are the intake's.
 */
@Named
@ViewScoped
public class PetitionIntakePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of(
            "type",
            "identity",
            "department",
            "subject",
            "text",
            "contactName",
            "contactEmail",
            "contactPhone",
            "privacyConsent",
            PetitionIntake.ATTACHMENTS);

    @Inject
    private PetitionIntake intake;

    @Inject
    private OrganizationService organizations;

    @Inject
    private BodyScope scope;

    @Inject
    private Texts texts;

    private PetitionType type;
    private CaseIdentity identity = CaseIdentity.IDENTIFIED;
    private Long departmentId;
    private String subject;
    private String text;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean privacyConsent;
    private PetitionReceipt receipt;
    private transient List<Part> attachments;
    private final HeldAttachments held = new HeldAttachments();

    public String file() {
        BusinessException notHeld = held.choose(attachments);
        attachments = null;
        if (notHeld != null) {
            texts.show(notHeld, "intake");
            return null;
        }
        try {
            receipt = intake.file(
                    new NewPetition(
                            getBody().getId(),
                            type,
                            null,
                            identity,
                            departmentId,
                            subject,
                            text,
                            contactName,
                            contactEmail,
                            contactPhone,
                            privacyConsent,
                            null,
                            held.uploads()),
                    PetitionChannel.PHONE);
            held.drop();
            return null;
        } catch (BusinessException refusal) {
            held.dropRefused();
            Refusals.show(texts, refusal, "intake", FIELDS);
            return null;
        }
    }

    public void dropAttachments() {
        held.drop();
    }

    /** The names of the files held for the next round. */
    public List<String> getHeldAttachments() {
        return held.names();
    }

    /** The file input is off for a post that is not multipart (see HeldUploads.postedWithoutParts). */
    public boolean isAttachmentsOff() {
        return HeldUploads.postedWithoutParts();
    }

    public List<Part> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Part> attachments) {
        this.attachments = attachments;
    }

    /** Clears the form for the next call. */
    public String next() {
        return "/staff/peticion-nueva?faces-redirect=true";
    }

    public Body getBody() {
        return scope.ownBody();
    }

    public List<Department> getDepartments() {
        return organizations.departments(getBody());
    }

    public List<PetitionType> getTypes() {
        return Arrays.stream(PetitionType.values()).filter(PetitionType::isPqrs).toList();
    }

    public CaseIdentity[] getIdentities() {
        return CaseIdentity.values();
    }

    public PetitionReceipt getReceipt() {
        return receipt;
    }

    public PetitionType getType() {
        return type;
    }

    public void setType(PetitionType type) {
        this.type = type;
    }

    public CaseIdentity getIdentity() {
        return identity;
    }

    public void setIdentity(CaseIdentity identity) {
        this.identity = identity;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }
}
