package org.puente.incident;

/** Fired inside the transaction of every change to a notice; the public cache forgets after the commit. */
public record NoticesChanged(long noticeId) {}
