package org.puente.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The reporter's optional contact details: personal data, never shown on public pages. */
@Embeddable
public class Contact {

    @Column(name = "contact_name", length = 200)
    private String name;

    @Column(name = "contact_email", length = 200)
    private String email;

    @Column(name = "contact_phone", length = 20)
    private String phone;

    protected Contact() {}

    public Contact(String name, String email, String phone) {
        this.name = blankToNull(name);
        this.email = blankToNull(email) == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        this.phone = blankToNull(phone);
    }

    public static Contact none() {
        return new Contact(null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isAnonymous() {
        return name == null && email == null && phone == null;
    }
}
