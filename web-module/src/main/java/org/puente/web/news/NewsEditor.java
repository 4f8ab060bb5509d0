package org.puente.web.news;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.puente.news.NewsCategory;
import org.puente.news.NewsImage;
import org.puente.news.NewsItems;
import org.puente.news.NewsView;
import org.puente.organization.Body;
import org.puente.platform.BusinessException;
import org.puente.web.communication.Params;
import org.puente.web.platform.HeldUploads;
import org.puente.web.platform.Texts;

/**
 * /staff/noticia: a new news item (no id), or one item (?id=N) with its history, the form to correct it (and
 * replace its image) and the step to publish or withdraw it. Refusals show beside their fields.
 */
@Named
@ViewScoped
public class NewsEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NewsItems news;

    @Inject
    private Texts texts;

    private Long id;
    private NewsView item;
    private List<Body> bodies = List.of();
    private NewsInput input = new NewsInput();
    private transient Part image;

    public void load() {
        if (item == null && id != null) {
            item = news.detail(id);
            input = NewsInput.of(item);
        }
        if (bodies.isEmpty()) {
            bodies = news.bodies();
            if (input.getBodyId() == null && bodies.size() == 1) {
                input.setBodyId(bodies.get(0).getId());
            }
        }
    }

    public String create() {
        try {
            long created = news.create(input.toForm(), upload());
            texts.info("news.saved");
            return "/staff/noticia?faces-redirect=true&id=" + created;
        } catch (BusinessException refusal) {
            texts.show(refusal, "news");
            return null;
        } catch (IOException unreadable) {
            texts.error("news:image", "news.image.unreadable");
            return null;
        }
    }

    public String save() {
        try {
            byte[] upload = upload();
            return run(() -> news.edit(item.id(), input.toForm(), upload), "news.saved");
        } catch (IOException unreadable) {
            texts.error("news:image", "news.image.unreadable");
            return null;
        }
    }

    public String publish() {
        return run(() -> news.publish(item.id()), "news.publishedDone");
    }

    public String withdraw() {
        return run(() -> news.withdraw(item.id()), "news.withdrawnDone");
    }

    private byte[] upload() throws IOException {
        return HeldUploads.read(image, NewsImage.MAX_BYTES + 1);
    }

    private String run(Supplier<?> action, String done) {
        try {
            action.get();
            texts.info(done);
            return "/staff/noticia?faces-redirect=true&id=" + item.id();
        } catch (BusinessException refusal) {
            texts.show(refusal, "news");
            return null;
        }
    }

    /** The item's image address (its preview), or null for none. */
    public String getImagePath() {
        return item == null || item.imageId() == null ? null : NewsItemPage.imagePath(item.id(), item.imageId());
    }

    public List<NewsCategory> getCategories() {
        return Arrays.asList(NewsCategory.values());
    }

    public NewsView getItem() {
        return item;
    }

    public List<Body> getBodies() {
        return bodies;
    }

    public NewsInput getInput() {
        return input;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }

    public String getId() {
        return id == null ? null : String.valueOf(id);
    }

    public void setId(String id) {
        this.id = Params.number(id);
    }
}
