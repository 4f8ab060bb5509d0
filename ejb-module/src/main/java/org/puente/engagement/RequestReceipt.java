package org.puente.engagement;

/** A filed request: its id and folio (ADEM-2026-0001). */
public record RequestReceipt(Long id, String folio) {}
