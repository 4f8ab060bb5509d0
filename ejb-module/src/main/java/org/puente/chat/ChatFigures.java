package org.puente.chat;

/** A chat's figures: participants, questions received, approved, answered. */
public record ChatFigures(long participants, long received, long approved, long answered) {}
