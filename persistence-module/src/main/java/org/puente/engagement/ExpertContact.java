package org.puente.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** The expert a unit proposes, as its letter names him: name, position, e-mail and phone. */
@Embeddable
public class ExpertContact {

    @Column(name = "expert_name", length = 200)
    private String name;

    @Column(name = "expert_position", length = 200)
    private String position;

    @Column(name = "expert_email", length = 200)
    private String email;

    @Column(name = "expert_phone", length = 20)
    private String phone;

    protected ExpertContact() {}

    public ExpertContact(String name, String position, String email, String phone) {
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new IllegalArgumentException("An expert has a name and an e-mail");
        }
        this.name = name.strip();
        this.position = position == null || position.isBlank() ? null : position.strip();
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
