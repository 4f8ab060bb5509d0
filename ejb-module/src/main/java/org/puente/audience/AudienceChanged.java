package org.puente.audience;

/**
 * Something changed in an audience session (a registration, the session opened or closed, a turn called or
 * marked), fired synchronously inside the transaction that changed it. The public turn board observes it
 * ({@link AudienceBoardFeed}), so that no workflow has to know who is watching.
 */
public record AudienceChanged(long sessionId) {}
