package org.puente.petition;

/**
 * A step was taken on a petition (its history's new entry of this kind), fired synchronously inside the
 * transaction that took it. The filer's and the department's e-mails observe it, so that no step has to
 * know who is told.
 */
public record PetitionChanged(long petitionId, PetitionEntry.Kind kind) {}
