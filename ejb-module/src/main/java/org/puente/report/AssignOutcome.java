package org.puente.report;

/** What a (bulk) assignment to a person did: how many reports it gave him, how many it left as they were. */
public record AssignOutcome(int assigned, int skipped, String agentName) {}
