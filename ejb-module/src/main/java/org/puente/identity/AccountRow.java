package org.puente.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/** One account as lists show it. */
public record AccountRow(
        String username,
        String fullName,
        String email,
        String bodyName,
        String departmentName,
        Set<Role> roles,
        boolean active,
        boolean locked,
        OffsetDateTime lastLoginAt) {

    static AccountRow of(UserAccount u, OffsetDateTime now) {
        return new AccountRow(
                u.getUsername(),
                u.getFullName(),
                u.getEmail(),
                u.getBody() == null ? null : u.getBody().getName(),
                u.getDepartment() == null ? null : u.getDepartment().getName(),
                Set.copyOf(u.getRoles()),
                u.isActive(),
                u.isLocked(now),
                u.getLastLoginAt());
    }
}
