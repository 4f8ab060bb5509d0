package org.puente.identity;

import java.util.Set;

/** What an administrator changes in a staff account (the user name stays). */
public record EditStaffAccount(
        String username, String fullName, String email, Long bodyId, Long departmentId, Set<Role> roles) {}
