package org.puente.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.puente.abuse.Limit;
import org.puente.abuse.TooManyRequestsException;
import org.puente.catalog.CatalogService;
import org.puente.catalog.Colonia;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.report.CallerHistory;
import org.puente.report.Channel;
import org.puente.report.Contact;
import org.puente.report.EarlierReport;
import org.puente.report.FollowReceipt;
import org.puente.report.NearbyReport;
import org.puente.report.NewReport;
import org.puente.report.ReportPhoto;
import org.puente.report.ReportReceipt;
import org.puente.report.ReportFollowing;
import org.puente.report.ReportService;
import org.puente.platform.BusinessException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.Texts;

/**
 * The report form, on the public site (/reportar) and in the operator's phone intake
 * (/staff/atender). Before filing it offers open reports like this one to follow instead. The
 * photos chosen are read once and held until the report is filed, so that a second round (the
 * similar reports, a field to correct) does not lose them; choosing other photos replaces them.
 */
@Named
@ViewScoped
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Bytes read of an upload at most: beyond the 5 MB limit, enough to say it is too large. */
    private static final int READ_LIMIT = ReportPhoto.MAX_BYTES + 1;

    @Inject
    private ReportService reports;

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
    private ArrayList<byte[]> heldPhotos = new ArrayList<>();
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
    }

    /** A link from the home page chooses the service (?servicio=code&amp;municipio=code); an unknown code is ignored. */
    public void preselect() {
        if (serviceCode == null || serviceCode.isBlank()) {
            return;
        }
        municipalities.stream().filter(b -> bodyCode == null || b.getCode().equalsIgnoreCase(bodyCode)).findFirst()
                .flatMap(b -> catalog.activeServices(b).stream().filter(s -> s.getCode().equals(serviceCode.strip())).findFirst())
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
            similar = reports.similarOpen(serviceId, coloniaId, street, latitude, longitude);
            if (!similar.isEmpty()) {
                similarSeen = true;
                return null;
            }
        }
        List<byte[]> uploads = heldPhotos;
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
            ReportReceipt receipt = reports.file(new NewReport(serviceId, description, coloniaId, street, reference,
                    latitude, longitude, contactName, contactEmail, contactPhone, privacyConsent, uploads,
                    idempotencyKey), phone ? Channel.PHONE : Channel.WEB);
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
                    ? following.attachCaller(folio, new Contact(contactName, contactEmail, contactPhone), privacyConsent, note)
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
        heldPhotos = new ArrayList<>();
    }

    /** Newly chosen photos replace the held ones; none chosen keeps them. False when they cannot be read. */
    private boolean holdChosenPhotos() {
        long chosenCount = photos == null ? 0 : photos.stream().filter(p -> p != null && p.getSize() > 0).count();
        if (chosenCount > ReportPhoto.MAX_PER_REPORT) {
            // Counted before any is read: a request with many parts costs no memory.
            photos = null;
            texts.error("report:photos", "report.photo.tooMany", ReportPhoto.MAX_PER_REPORT);
            return false;
        }
        try {
            ArrayList<byte[]> chosen = read(photos);
            if (!chosen.isEmpty()) {
                heldPhotos = chosen;
            }
            photos = null;
            return true;
        } catch (IOException e) {
            texts.error("report:photos", "report.photo.unreadable");
            return false;
        }
    }

    /** Reads the chosen photos (their number already checked), each up to one byte over the limit. */
    private static ArrayList<byte[]> read(List<Part> parts) throws IOException {
        ArrayList<byte[]> data = new ArrayList<>();
        if (parts == null) {
            return data;
        }
        for (Part part : parts) {
            if (part == null || part.getSize() == 0) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                data.add(in.readNBytes(READ_LIMIT));
            }
        }
        return data;
    }

    public List<PublicService> getServices() {
        return bodyId == null ? List.of() : catalog.activeServices(organizations.municipalities().stream()
                .filter(b -> b.getId().equals(bodyId)).findFirst().orElseThrow());
    }

    public List<Colonia> getColonias() {
        return bodyId == null ? List.of() : catalog.colonias(organizations.municipalities().stream()
                .filter(b -> b.getId().equals(bodyId)).findFirst().orElseThrow());
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
        return heldPhotos.size();
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
