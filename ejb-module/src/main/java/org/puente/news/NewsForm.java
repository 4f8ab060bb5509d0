package org.puente.news;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the staff form of a news item sends: the body (the administrator chooses), the content, and the time it
 * appears as the body's wall-clock time (none: now).
 */
public record NewsForm(
        Long bodyId, String title, String summary, String html, NewsCategory category, LocalDateTime publishAt)
        implements Serializable {}
