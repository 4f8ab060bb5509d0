package org.puente.petition;

/** A petition's attachment to download: its name as sent (sanitised), its type as detected, its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] data) {}
