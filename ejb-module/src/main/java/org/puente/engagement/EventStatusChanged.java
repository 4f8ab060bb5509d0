package org.puente.engagement;

/**
 * A chat or forum opened or closed on time (a CDI event fired by {@link EventClock} inside its
 * transaction): the chat's room views learn it from their observer once the change is committed.
 */
public record EventStatusChanged(Long eventId, EngagementKind kind, EventStatus status) {}
