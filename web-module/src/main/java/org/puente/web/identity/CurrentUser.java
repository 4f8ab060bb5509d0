package org.puente.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;
import org.puente.identity.UserAccount;

/** The signed-in person, for pages: name, roles, body. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private BodyScope scope;

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public boolean isStaff() {
        return account().map(UserAccount::isStaff).orElse(false);
    }

    public boolean hasRole(String role) {
        return account().map(a -> a.hasRole(Role.valueOf(role))).orElse(false);
    }

    public String getFullName() {
        return account().map(UserAccount::getFullName).orElse(null);
    }

    public List<Role> getRoles() {
        return account().map(a -> a.getRoles().stream().sorted().toList()).orElse(List.of());
    }

    public Optional<UserAccount> account() {
        return scope.caller();
    }

    public UserAccount getAccount() {
        return account().orElse(null);
    }
}
