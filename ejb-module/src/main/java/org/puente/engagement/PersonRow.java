package org.puente.engagement;

/** A staff member to choose from: an expert to assign, a moderator to schedule. */
public record PersonRow(Long id, String fullName, String bodyName) {}
