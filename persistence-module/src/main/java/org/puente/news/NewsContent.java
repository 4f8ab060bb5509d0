package org.puente.news;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.communication.Texts;
import org.puente.platform.RuleViolation;

/**
 * What staff write of a news item: its title, a summary (plain text: the list's and the sharing card's), its
 * body with basic formatting (cleaned by {@link NewsHtml} here, whatever the form sent), its category and the
 * time it is to appear (a later time schedules it).
 */
public record NewsContent(String title, String summary, String html, NewsCategory category, OffsetDateTime publishAt) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 400;
    public static final int MAX_HTML = 20_000;

    public NewsContent {
        title = Texts.clean(title);
        summary = Texts.clean(summary);
        html = Texts.clean(NewsHtml.clean(html));
    }

    /** Every rule this content breaks, each on its field, in the form's order; empty when it fits. */
    public List<RuleViolation> problems() {
        List<RuleViolation> problems = new ArrayList<>();
        if (title == null) {
            problems.add(new RuleViolation("title", "news.title.required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new RuleViolation("title", "news.title.tooLong", MAX_TITLE));
        }
        if (summary == null) {
            problems.add(new RuleViolation("summary", "news.summary.required"));
        } else if (summary.length() > MAX_SUMMARY) {
            problems.add(new RuleViolation("summary", "news.summary.tooLong", MAX_SUMMARY));
        }
        if (html == null || NewsHtml.text(html).isBlank()) {
            problems.add(new RuleViolation("html", "news.html.required"));
        } else if (html.length() > MAX_HTML) {
            problems.add(new RuleViolation("html", "news.html.tooLong", MAX_HTML));
        }
        if (category == null) {
            problems.add(new RuleViolation("category", "news.category.required"));
        }
        if (publishAt == null) {
            problems.add(new RuleViolation("publishAt", "news.publishAt.required"));
        }
        return problems;
    }
}
