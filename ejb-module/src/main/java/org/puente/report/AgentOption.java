package org.puente.report;

/** A person a manager may give a report to: an active agent, with his department. */
public record AgentOption(Long id, String fullName, Long departmentId, String departmentName) {}
