package org.puente.web.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.news.NewsHtml;
import org.puente.news.NewsView;
import org.puente.news.PublicNews;
import org.puente.platform.BusinessException;
import org.puente.platform.Links;
import org.puente.web.communication.Params;

/**
 * /noticias/noticia?id=N: one item out, its body cleaned again as it is rendered, and its Open Graph card
 * (404 for a draft, a scheduled item or none).
 */
@Named
@RequestScoped
public class NewsItemPage {

    @Inject
    private PublicNews news;

    @Inject
    private Links links;

    private Long id;
    private NewsView item;

    public void load() {
        item = news.find(id).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /** The body's HTML, cleaned on the way out too. */
    public String getHtml() {
        return NewsHtml.clean(item.html());
    }

    public String getUrl() {
        return links.to("/noticias/noticia?id=" + item.id());
    }

    /** The image's absolute address (og:image), or null for none. */
    public String getImageUrl() {
        return item.imageId() == null ? null : links.to(imagePath(item.id(), item.imageId()));
    }

    static String imagePath(long itemId, long imageId) {
        return "/noticias/imagen?id=" + itemId + "&v=" + imageId;
    }

    public NewsView getItem() {
        return item;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = Params.number(id);
    }
}
