package org.puente.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.privacy.PrivacyNotice;
import org.puente.privacy.PrivacyNotices;
import org.puente.web.platform.Texts;

/**
 * /staff/aviso-de-privacidad: an administrator writes a new version of a body's notice (starting from
 * the one in force), previews it as the public will read it, and confirms its publication. A published
 * version is never edited: a correction is another version.
 */
@Named
@ViewScoped
public class NoticeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PrivacyNotices notices;

    @Inject
    private Texts texts;

    private List<Body> bodies;
    private Long bodyId;
    private String label;
    private String integralText;
    private String simplifiedText;
    private boolean previewing;

    @PostConstruct
    void init() {
        bodies = notices.publishableBodies();
        Long preferred = notices.defaultBody().map(Body::getId).orElse(null);
        bodyId = bodies.stream()
                .map(Body::getId)
                .filter(id -> id.equals(preferred))
                .findFirst()
                .orElse(bodies.isEmpty() ? null : bodies.get(0).getId());
        startFromInForce();
    }

    /** The fields start from the body's version in force, which the new one corrects or replaces. */
    public void startFromInForce() {
        PrivacyNotice current = notices.inForce(bodyId).orElse(null);
        label = null;
        integralText = current == null ? null : current.getIntegralText();
        simplifiedText = current == null ? null : current.getSimplifiedText();
        previewing = false;
    }

    public void preview() {
        try {
            notices.check(bodyId, label, integralText, simplifiedText);
            previewing = true;
        } catch (BusinessException refusal) {
            texts.show(refusal, "notice");
        }
    }

    public void edit() {
        previewing = false;
    }

    public String publish() {
        try {
            PrivacyNotice published = notices.publish(bodyId, label, integralText, simplifiedText);
            texts.info(
                    "privacy.published",
                    published.getLabel(),
                    published.getBody().getName());
            return "/staff/aviso-de-privacidad?faces-redirect=true";
        } catch (BusinessException refusal) {
            previewing = false;
            texts.show(refusal, "notice");
            return null;
        }
    }

    public List<PrivacyNotice> getVersions() {
        String code = bodyCode();
        return code == null
                ? List.of()
                : notices.body(code).map(notices::versions).orElse(List.of());
    }

    private String bodyCode() {
        return bodies.stream()
                .filter(b -> b.getId().equals(bodyId))
                .map(Body::getCode)
                .findFirst()
                .orElse(null);
    }

    public List<String> getIntegralParagraphs() {
        return PrivacyNotice.paragraphs(integralText);
    }

    public List<String> getSimplifiedParagraphs() {
        return PrivacyNotice.paragraphs(simplifiedText);
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

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getIntegralText() {
        return integralText;
    }

    public void setIntegralText(String integralText) {
        this.integralText = integralText;
    }

    public String getSimplifiedText() {
        return simplifiedText;
    }

    public void setSimplifiedText(String simplifiedText) {
        this.simplifiedText = simplifiedText;
    }

    public boolean isPreviewing() {
        return previewing;
    }
}
