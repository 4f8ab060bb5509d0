package org.puente.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.puente.organization.Body;
import org.puente.privacy.PrivacyNotice;
import org.puente.privacy.PrivacyNotices;
import org.puente.web.platform.ErrorView;

/**
 * /aviso-de-privacidad: a body's integral privacy notice ({@code ?organismo=CODE}, the municipality when
 * none is named), the version in force or an earlier one ({@code &version=LABEL}), the list of its
 * versions and the other bodies' notices. An unknown body or version is a 404.
 */
@Named
@RequestScoped
public class NoticePage {

    @Inject
    private PrivacyNotices notices;

    private String organismo;
    private String version;
    private Body body;
    private PrivacyNotice notice;
    private List<PrivacyNotice> versions = List.of();
    private List<Body> bodies = List.of();

    public void load() {
        body = notices.body(organismo).orElse(null);
        versions = body == null ? List.of() : notices.versions(body);
        notice = versions.stream()
                .filter(n ->
                        version == null || version.isBlank() || n.getLabel().equals(version.strip()))
                .findFirst()
                .orElse(null);
        if (notice == null) {
            ErrorView.show(FacesContext.getCurrentInstance(), HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        bodies = notices.bodiesWithNotices();
    }

    /** True when the version shown is the one in force. */
    public boolean isInForce() {
        return notice != null && notice == versions.get(0);
    }

    public Body getBody() {
        return body;
    }

    public PrivacyNotice getNotice() {
        return notice;
    }

    public List<PrivacyNotice> getVersions() {
        return versions;
    }

    public List<Body> getBodies() {
        return bodies;
    }

    public String getOrganismo() {
        return organismo;
    }

    public void setOrganismo(String organismo) {
        this.organismo = organismo;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
