package org.puente.communication;

/** Fired inside the transaction of every change to a debunk or a news item; the feed cache forgets after it. */
public record CommunicationChanged(String kind, long id) {}
