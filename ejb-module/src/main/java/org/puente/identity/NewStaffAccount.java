package org.puente.identity;

import java.util.Set;

/** What an administrator fills in to open a staff account. */
public record NewStaffAccount(
        String username,
        String fullName,
        String email,
        String password,
        Long bodyId,
        Long departmentId,
        Set<Role> roles) {}
