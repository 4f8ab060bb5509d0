package org.puente.engagement;

/** Another person the evaluator assigns as expert: name and e-mail (an account is opened for him). */
public record ExpertInput(String name, String email) {}
