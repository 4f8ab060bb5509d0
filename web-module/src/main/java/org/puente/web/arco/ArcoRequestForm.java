package org.puente.web.arco;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.puente.abuse.Limit;
import org.puente.arco.ArcoInput;
import org.puente.arco.ArcoIntake;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.petition.ArcoRight;
import org.puente.petition.Petition;
import org.puente.petition.PetitionReceipt;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.web.abuse.FormGuard;
import org.puente.web.casework.TrackingKeys;
import org.puente.web.platform.Texts;

/**
 * The ARCO request form, in two places: "Mi cuenta" for a signed-in citizen (he is the filer) and the public
 * /derechos-arco (name, e-mail and the identity proof offered). What he typed stays on a refusal, each
 * problem on its field (the intake's field names are mapped to this form's).
 */
@Named
@RequestScoped
public class ArcoRequestForm {

    /** The petition intake's names of the fields that this form calls otherwise. */
    private static final Map<String, String> FIELDS = Map.of(
            "arcoRight", "right", "text", "request", "contactEmail", "email", "contactName", "name", "body", "body");

    /** The code of what this session files, so that its tracking page opens without it in the address. */
    @Inject
    private TrackingKeys keys;

    @Inject
    private ArcoIntake intake;

    @Inject
    private FormGuard guard;

    @Inject
    private Texts texts;

    private Long bodyId;
    private ArcoRight right;
    private String request;
    private String rectification;
    private String name;
    private String email;
    private String identityProof;
    private boolean privacyConsent;
    private PetitionReceipt receipt;
    private List<Body> bodies;

    @PostConstruct
    void init() {
        bodies = intake.bodies();
        bodyId = bodies.stream()
                .filter(b -> b.getKind() == BodyKind.MUNICIPIO)
                .findFirst()
                .map(Body::getId)
                .orElse(null);
    }

    /** The signed-in citizen files it; back to "Mi cuenta" with the folio. */
    public String fileOwn() {
        try {
            PetitionReceipt filed = intake.fileOwn(input());
            texts.info("arco.filed", filed.folio());
            return "/mi-cuenta?faces-redirect=true";
        } catch (BusinessException refusal) {
            show(refusal, "arcoRequest");
            return null;
        }
    }

    /** Anyone files it on the public form; the receipt (folio and tracking code) shows on the page. */
    public void filePublic() {
        try {
            guard.admitWithChallenge(Limit.ARCO_SOURCE);
            receipt = intake.filePublic(input());
            keys.remember(receipt.folio(), receipt.trackingCode());
        } catch (BusinessException refusal) {
            guard.giveBack(Limit.ARCO_SOURCE);
            show(refusal, "arcoPublic");
        }
    }

    private ArcoInput input() {
        return new ArcoInput(bodyId, right, request, rectification, name, email, identityProof, privacyConsent);
    }

    private void show(BusinessException refusal, String form) {
        if (refusal instanceof InvalidInputException invalid) {
            invalid.getProblems().forEach(p -> show(p, form));
            return;
        }
        String field = refusal.getField() == null ? null : FIELDS.getOrDefault(refusal.getField(), refusal.getField());
        texts.show(new BusinessException(field, refusal.getMessageKey(), refusal.getArguments()), form);
    }

    public List<ArcoRight> getRights() {
        return List.of(ArcoRight.values());
    }

    public List<Body> getBodies() {
        return bodies;
    }

    /** The signed-in citizen's ARCO requests, newest first. */
    public List<Petition> getMine() {
        return intake.mine();
    }

    public PetitionReceipt getReceipt() {
        return receipt;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public ArcoRight getRight() {
        return right;
    }

    public void setRight(ArcoRight right) {
        this.right = right;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public String getRectification() {
        return rectification;
    }

    public void setRectification(String rectification) {
        this.rectification = rectification;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getIdentityProof() {
        return identityProof;
    }

    public void setIdentityProof(String identityProof) {
        this.identityProof = identityProof;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }
}
