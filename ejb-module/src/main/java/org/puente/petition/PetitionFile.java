package org.puente.petition;

/** A petition's document to download: its file name and its PDF bytes. */
public record PetitionFile(String name, byte[] data) {}
