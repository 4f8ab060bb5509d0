package org.puente.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.catalog.CatalogService;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.web.platform.Texts;

/** The public home page: each municipality with the public services citizens can ask about. */
@Named
@RequestScoped
public class HomeBacking {

    public record Municipality(Body body, List<PublicService> services) {}

    @Inject
    private OrganizationService organizations;

    @Inject
    private CatalogService catalog;

    @Inject
    private Texts texts;

    private List<Municipality> municipalities;

    @PostConstruct
    void load() {
        municipalities = organizations.municipalities().stream()
                .map(b -> new Municipality(b, catalog.activeServices(b)))
                .toList();
    }

    /** "del H. Ayuntamiento de Metepec": the name with the preposition and article it takes. */
    public String ofName(Body body) {
        return texts.get(body.getOfKey(), body.getName());
    }

    public List<Municipality> getMunicipalities() {
        return municipalities;
    }
}
