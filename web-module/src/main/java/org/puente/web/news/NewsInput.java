package org.puente.web.news;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.puente.news.NewsCategory;
import org.puente.news.NewsForm;
import org.puente.news.NewsView;

/** The fields of the staff form of a news item, as typed (the time in the body's wall clock). */
public class NewsInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long bodyId;
    private String title;
    private String summary;
    private String html;
    private NewsCategory category;
    private LocalDateTime publishAt;

    static NewsInput of(NewsView item) {
        NewsInput input = new NewsInput();
        input.bodyId = item.bodyId();
        input.title = item.title();
        input.summary = item.summary();
        input.html = item.html();
        input.category = item.category();
        input.publishAt = item.publishAt()
                .atZoneSameInstant(item.zone())
                .toLocalDateTime()
                .withSecond(0)
                .withNano(0);
        return input;
    }

    NewsForm toForm() {
        return new NewsForm(bodyId, title, summary, html, category, publishAt);
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public NewsCategory getCategory() {
        return category;
    }

    public void setCategory(NewsCategory category) {
        this.category = category;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }
}
