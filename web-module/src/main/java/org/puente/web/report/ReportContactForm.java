package org.puente.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.platform.BusinessException;
import org.puente.report.ReportContacts;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.Texts;

/**
 * "Mi cuenta", {@code ?corregir=FOLIO}: the citizen corrects the contact he gave on one of his open reports.
 * The folio only names which of his own reports: the service refuses any other.
 */
@Named
@RequestScoped
public class ReportContactForm {

    @Inject
    private ReportContacts contacts;

    @Inject
    private Texts texts;

    @Inject
    private CurrentUser user;

    private String folio;
    private String name;
    private String email;
    private String phone;

    /** Fills the form with the report's contact; a folio not his is refused on the page (staff have no reports to correct). */
    public void load() {
        if (folio == null || folio.isBlank() || !user.hasRole("CIUDADANO")) {
            folio = null;
            return;
        }
        contacts.contactOf(folio)
                .ifPresentOrElse(
                        c -> {
                            name = c.getName();
                            email = c.getEmail();
                            phone = c.getPhone();
                        },
                        () -> {
                            texts.error(null, "account.contact.unknown");
                            folio = null;
                        });
    }

    public String save() {
        try {
            contacts.correct(folio, name, email, phone);
            texts.info("account.contact.saved", folio);
            return "/mi-cuenta?faces-redirect=true";
        } catch (BusinessException refusal) {
            texts.show(refusal, "contact");
            return null;
        }
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
