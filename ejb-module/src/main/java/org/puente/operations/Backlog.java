package org.puente.operations;

/** The backlog at one moment: open reports, of which overdue, and e-mails waiting in the outbox. */
public record Backlog(long openReports, long overdueReports, long outboxWaiting) {}
