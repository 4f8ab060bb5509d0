package org.puente.identity;

/** What a citizen types to create his account. */
public record CitizenRegistration(String fullName, String email, String password, boolean privacyConsent) {}
