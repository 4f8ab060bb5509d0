package org.puente.audience;

import java.util.Locale;
import org.puente.petition.Petition;

/**
 * Who registers for a session, as far as telling a second registration of the same person goes: his account,
 * his e-mail (any case) or his phone (its digits). Any one of them the same is the same person.
 */
public record Registrant(Long accountId, String email, String phone) {

    public Registrant {
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        phone = digits.isEmpty() ? null : digits;
    }

    public static Registrant of(Petition petition) {
        return new Registrant(
                petition.getCitizen() == null ? null : petition.getCitizen().getId(),
                petition.getContact() == null ? null : petition.getContact().getEmail(),
                petition.getContact() == null ? null : petition.getContact().getPhone());
    }

    public boolean sameAs(Registrant other) {
        return (accountId != null && accountId.equals(other.accountId))
                || (email != null && email.equals(other.email))
                || (phone != null && phone.equals(other.phone));
    }
}
