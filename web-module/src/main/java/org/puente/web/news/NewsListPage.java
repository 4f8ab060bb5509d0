package org.puente.web.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.puente.communication.Listing;
import org.puente.news.NewsCategory;
import org.puente.news.NewsRow;
import org.puente.news.PublicNews;
import org.puente.web.communication.Params;

/** /noticias: the items out, the latest first, paged (?pagina=2), of one category (?categoria=PROGRAMA) or all. */
@Named
@RequestScoped
public class NewsListPage {

    @Inject
    private PublicNews news;

    private String categoria;
    private String pagina;
    private NewsCategory category;
    private Listing<NewsRow> page;

    public void load() {
        category = Arrays.stream(NewsCategory.values())
                .filter(c -> c.name().equalsIgnoreCase(categoria == null ? "" : categoria.strip()))
                .findFirst()
                .orElse(null);
        page = news.list(category, Params.page(pagina));
    }

    /** The address of another page under the same category. */
    public String pageQuery(int number) {
        return (category == null ? "" : "categoria=" + category.name() + "&") + "pagina=" + number;
    }

    public List<NewsCategory> getCategories() {
        return Arrays.asList(NewsCategory.values());
    }

    public NewsCategory getCategory() {
        return category;
    }

    public Listing<NewsRow> getPage() {
        return page;
    }

    public String getCategoria() {
        return categoria;
    }

    public void setCategoria(String categoria) {
        this.categoria = categoria;
    }

    public String getPagina() {
        return pagina;
    }

    public void setPagina(String pagina) {
        this.pagina = pagina;
    }
}
