package org.puente.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.puente.catalog.CatalogService;
import org.puente.catalog.Colonia;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.OrganizationService;

/** The intranet catalogue: a municipality's services with owners and deadlines, and its colonias. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganizationService organizations;

    @Inject
    private CatalogService catalog;

    private Long bodyId;
    private List<Body> municipalities;
    private Body body;
    private List<PublicService> services;
    private Map<String, List<Colonia>> coloniasByDelegacion;

    public void load() {
        municipalities = organizations.visibleBodies().stream().filter(b -> b.getKind() == BodyKind.MUNICIPIO).toList();
        body = municipalities.stream().filter(b -> b.getId().equals(bodyId)).findFirst()
                .orElse(municipalities.isEmpty() ? null : municipalities.get(0));
        if (body != null) {
            bodyId = body.getId();
            services = catalog.services(body);
            coloniasByDelegacion = catalog.colonias(body).stream().collect(Collectors.groupingBy(
                    c -> c.getDelegacion().getName(), LinkedHashMap::new, Collectors.toList()));
        } else {
            services = List.of();
            coloniasByDelegacion = Map.of();
        }
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public List<Body> getMunicipalities() {
        return municipalities;
    }

    public Body getBody() {
        return body;
    }

    public List<PublicService> getServices() {
        return services;
    }

    public List<Map.Entry<String, List<Colonia>>> getDelegaciones() {
        return List.copyOf(coloniasByDelegacion.entrySet());
    }
}
