package org.puente.opinion;

import java.io.Serializable;

/** What the staff form of a survey sends: the body (the administrator chooses), title, introduction, colonia. */
public record SurveyForm(Long bodyId, String title, String intro, Long coloniaId) implements Serializable {}
