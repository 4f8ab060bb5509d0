package org.puente.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.puente.abuse.Limit;
import org.puente.catalog.CatalogService;
import org.puente.catalog.Colonia;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.report.CallerHistory;
import org.puente.report.Channel;
import org.puente.report.Contact;
import org.puente.report.EarlierReport;
import org.puente.report.FollowReceipt;
import org.puente.report.NearbyReport;
import org.puente.report.NewReport;
import org.puente.report.PublicReports;
import org.puente.report.ReportFollowing;
import org.puente.report.ReportIntake;
import org.puente.report.ReportPhoto;
import org.puente.report.ReportReceipt;
import org.puente.web.abuse.FormGuard;
import org.puente.web.casework.TrackingKeys;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.Texts;

/**
 * The report form, on the public site (/reportar) and in the operator's phone intake
 * (/staff/atender). Before filing it offers open reports like this one to follow instead; the
 * photos chosen are held by {@link HeldPhotos} until the report is filed. Over 150 lines because of
 * its accessors: the report's fields, the caller's contact and the follow form are one page's input
 * (the two pages share it through their includes); the logic is in ReportIntake and HeldPhotos.
 */
@Named
@ViewScoped
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The code of what this session files, so that its tracking page and acuse open without it in the address. */
    @Inject
    private TrackingKeys keys;

    @Inject
    private ReportIntake intake;

    @Inject
    private PublicReports publicReports;

    @Inject
    private CatalogService catalog;

    @Inject
    private OrganizationService organizations;

    @Inject
    private ReportFollowing following;

    @Inject
    private CallerHistory callers;

    @Inject
    private CurrentUser currentUser;

    /** A personal case sent here from the public Q&A: its text prefills this form once. */
    @Inject
    private org.puente.web.question.PrivateChannelDraft privateDraft;

    @Inject
    private Texts texts;

    @Inject
    private FormGuard guard;

    private List<Body> municipalities;
    private Long bodyId;
    private Long serviceId;
    private String description;
    private Long coloniaId;
    private String street;
    private String reference;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean privacyConsent;
    private transient List<Part> photos;
    private final HeldPhotos heldPhotos = new HeldPhotos();
    private String serviceCode;
    private String bodyCode;
    private String followFolio;
    private String followEmail;
    private boolean followConsent;
    private List<EarlierReport> earlier = List.of();
    private String idempotencyKey;
    private List<NearbyReport> similar = List.of();
    private boolean similarSeen;

    @PostConstruct
    void init() {
        municipalities = organizations.municipalities();
        bodyId = municipalities.isEmpty() ? null : municipalities.get(0).getId();
        idempotencyKey = UUID.randomUUID().toString();
        currentUser.account().filter(u -> !u.isStaff()).ifPresent(citizen -> {
            contactName = citizen.getFullName();
            contactEmail = citizen.getEmail();
            followEmail = citizen.getEmail();
        });
        privateDraft.take().ifPresent(d -> {
            description = d.text();
            if (municipalities.stream().anyMatch(b -> b.getId().equals(d.bodyId()))) {
                bodyId = d.bodyId();
            }
        });
    }

    /** A link from the home page chooses the service (?servicio=code&amp;municipio=code); an unknown code is ignored. */
    public void preselect() {
        if (serviceCode == null || serviceCode.isBlank()) {
            return;
        }
        municipalities.stream()
                .filter(b -> bodyCode == null || b.getCode().equalsIgnoreCase(bodyCode))
                .findFirst()
                .flatMap(b -> catalog.activeServices(b).stream()
                        .filter(s -> s.getCode().equals(serviceCode.strip()))
                        .findFirst())
                .ifPresent(s -> {
                    bodyId = s.getBody().getId();
                    serviceId = s.getId();
                });
    }

    /** Files the report; the first time, open reports like it are offered instead. */
    public String submit(boolean phone) {
        if (!holdChosenPhotos()) {
            return null;
        }
        if (phone) {
            lookUpCaller();
        }
        if (!similarSeen) {
            similar = publicReports.similarOpen(serviceId, coloniaId, street, latitude, longitude);
            if (!similar.isEmpty()) {
                similarSeen = true;
                return null;
            }
        }
        List<byte[]> uploads = heldPhotos.all();
        try {
            // the public form is limited per client address, with a proof of work near the limit; the
            // operator's phone intake is staff work and is not
            if (!phone) {
                guard.admitWithChallenge(Limit.REPORT_SOURCE);
            }
        } catch (BusinessException refusal) {
            texts.show(refusal, "report");
            return null;
        }
        try {
            ReportReceipt receipt = intake.file(
                    new NewReport(
                            serviceId,
                            description,
                            coloniaId,
                            street,
                            reference,
                            latitude,
                            longitude,
                            contactName,
                            contactEmail,
                            contactPhone,
                            privacyConsent,
                            uploads,
                            idempotencyKey),
                    phone ? Channel.PHONE : Channel.WEB);
            if (!phone) {
                keys.remember(receipt.folio(), receipt.trackingCode());
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("receipt", receipt);
            return (phone ? "/staff/atender-enviado" : "/reporte-enviado") + "?faces-redirect=true";
        } catch (BusinessException refusal) {
            if (!phone) {
                guard.giveBack(Limit.REPORT_SOURCE);
            }
            texts.show(refusal, "report");
            return null;
        }
    }

    /** The caller joins an open report instead of filing a new one (the operator), or asks to be told (a citizen). */
    public String follow(String folio, boolean phone) {
        String note = texts.get("follow.history.note");
        try {
            FollowReceipt receipt = phone
                    ? following.attachCaller(
                            folio, new Contact(contactName, contactEmail, contactPhone), privacyConsent, note)
                    : following.followByEmail(folio, followEmail, followConsent, note);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("followed", receipt);
            return (phone ? "/staff/atender-enviado" : "/reporte-enviado") + "?faces-redirect=true";
        } catch (BusinessException refusal) {
            texts.show(refusal, "report");
            return null;
        }
    }

    /** The operator's view of the caller: his earlier reports by phone number. */
    public void lookUpCaller() {
        earlier = callers.byPhone(contactPhone);
    }

    public void dropPhotos() {
        heldPhotos.drop();
    }

    /** Newly chosen photos replace the held ones (see HeldPhotos). False when they cannot be held. */
    private boolean holdChosenPhotos() {
        HeldPhotos.Outcome outcome = heldPhotos.choose(photos);
        photos = null;
        switch (outcome) {
            case TOO_MANY -> texts.error("report:photos", "report.photo.tooMany", ReportPhoto.MAX_PER_REPORT);
            case UNREADABLE -> texts.error("report:photos", "report.photo.unreadable");
            case HELD -> {
                return true;
            }
        }
        return false;
    }

    public List<PublicService> getServices() {
        return bodyId == null
                ? List.of()
                : catalog.activeServices(organizations.municipalities().stream()
                        .filter(b -> b.getId().equals(bodyId))
                        .findFirst()
                        .orElseThrow());
    }

    public List<Colonia> getColonias() {
        return bodyId == null
                ? List.of()
                : catalog.colonias(organizations.municipalities().stream()
                        .filter(b -> b.getId().equals(bodyId))
                        .findFirst()
                        .orElseThrow());
    }

    public List<Body> getMunicipalities() {
        return municipalities;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getColoniaId() {
        return coloniaId;
    }

    public void setColoniaId(Long coloniaId) {
        this.coloniaId = coloniaId;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
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

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }

    public int getHeldPhotoCount() {
        return heldPhotos.count();
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getBodyCode() {
        return bodyCode;
    }

    public void setBodyCode(String bodyCode) {
        this.bodyCode = bodyCode;
    }

    public String getFollowFolio() {
        return followFolio;
    }

    public void setFollowFolio(String followFolio) {
        this.followFolio = followFolio;
    }

    public String getFollowEmail() {
        return followEmail;
    }

    public void setFollowEmail(String followEmail) {
        this.followEmail = followEmail;
    }

    public boolean isFollowConsent() {
        return followConsent;
    }

    public void setFollowConsent(boolean followConsent) {
        this.followConsent = followConsent;
    }

    public List<EarlierReport> getEarlier() {
        return earlier;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public List<NearbyReport> getSimilar() {
        return similar;
    }

    public boolean isSimilarSeen() {
        return similarSeen;
    }
}
