package org.puente.web.petition;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.puente.abuse.Limit;
import org.puente.abuse.TooManyRequestsException;
import org.puente.casework.CaseIdentity;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.petition.NewPetition;
import org.puente.petition.PetitionChannel;
import org.puente.petition.PetitionDesk;
import org.puente.petition.PetitionIntake;
import org.puente.petition.PetitionReceipt;
import org.puente.petition.PetitionType;
import org.puente.platform.BusinessException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.casework.TrackingKeys;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.HeldUploads;
import org.puente.web.platform.Texts;

/**
 * /peticion, the public PQRS form: type, identity, an optional department, subject, text, contact, the
 * body's simplified privacy notice with its consent, and the body's attention hours. Filed through
 * {@link PetitionIntake} (which checks every field); limited per client address like the report form.
 * Up to three attachments, held across rounds ({@link HeldAttachments}). Over ~60 lines only because of the
 * form's accessors.
 */
@Named
@ViewScoped
public class PetitionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The code of what this session files, so that its tracking page and acuse open without it in the address. */
    @Inject
    private TrackingKeys keys;

    @Inject
    private PetitionIntake intake;

    @Inject
    private PetitionDesk desk;

    @Inject
    private CurrentUser currentUser;

    /** A personal case sent here from the public Q&A: its text prefills this form once. */
    @Inject
    private org.puente.web.question.PrivateChannelDraft privateDraft;

    @Inject
    private Texts texts;

    @Inject
    private FormGuard guard;

    private List<Body> bodies;
    private Long bodyId;
    private PetitionType type;
    private CaseIdentity identity = CaseIdentity.IDENTIFIED;
    private Long departmentId;
    private String subject;
    private String text;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean privacyConsent;
    private transient List<Part> attachments;
    private final HeldAttachments held = new HeldAttachments();

    @PostConstruct
    void init() {
        bodies = desk.bodies();
        bodyId = bodies.isEmpty() ? null : bodies.get(0).getId();
        currentUser.account().filter(u -> !u.isStaff()).ifPresent(citizen -> {
            contactName = citizen.getFullName();
            contactEmail = citizen.getEmail();
        });
        privateDraft.take().ifPresent(d -> {
            text = d.text();
            if (bodies.stream().anyMatch(b -> b.getId().equals(d.bodyId()))) {
                bodyId = d.bodyId();
            }
        });
    }

    /**
     * Files the petition and shows its receipt; each refusal goes beside its field, nothing typed is lost (the
     * files that passed stay held, see {@link HeldAttachments}).
     */
    public String submit() {
        BusinessException notHeld = held.choose(attachments);
        attachments = null;
        if (notHeld != null) {
            texts.show(notHeld, "petition");
            return null;
        }
        try {
            guard.admitWithChallenge(Limit.PETITION_SOURCE);
        } catch (TooManyRequestsException tooMany) {
            texts.error(null, "petition.form.tooMany", tooMany.getArguments());
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        } catch (BusinessException refusal) {
            texts.show(refusal, "petition");
            return null;
        }
        try {
            PetitionReceipt receipt = intake.file(
                    new NewPetition(
                            bodyId,
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
                    PetitionChannel.WEB);
            keys.remember(receipt.folio(), receipt.trackingCode());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("petitionReceipt", receipt);
            return "/peticion-enviada?faces-redirect=true";
        } catch (BusinessException refusal) {
            guard.giveBack(Limit.PETITION_SOURCE);
            held.dropRefused();
            texts.show(refusal, "petition");
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

    /** The types of the public form: the PQRS, not ARCO requests (they have their own form). */
    public List<PetitionType> getTypes() {
        return Arrays.stream(PetitionType.values()).filter(PetitionType::isPqrs).toList();
    }

    /** The identities a filer may choose for a type (anonymous only for suggestions and denuncias). */
    static List<CaseIdentity> identitiesFor(PetitionType type) {
        List<CaseIdentity> all = new ArrayList<>(List.of(CaseIdentity.IDENTIFIED, CaseIdentity.RESERVED));
        if (type == null || type.allowsAnonymous()) {
            all.add(CaseIdentity.ANONYMOUS);
        }
        return all;
    }

    public List<CaseIdentity> getIdentities() {
        return identitiesFor(type);
    }

    public List<Department> getDepartments() {
        return desk.departments(bodyId);
    }

    /** The chosen body (its attention hours and privacy notice show beside the form); null before one is chosen. */
    public Body getBody() {
        return bodies.stream().filter(b -> b.getId().equals(bodyId)).findFirst().orElse(null);
    }

    public List<Body> getBodies() {
        return bodies;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
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
