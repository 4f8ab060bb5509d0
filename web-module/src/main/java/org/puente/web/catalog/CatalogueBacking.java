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
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.web.platform.Texts;

/** The intranet catalogue: a municipality's services with owners and deadlines, and its colonias. */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganizationService organizations;

    @Inject
    private CatalogService catalog;

    @Inject
    private Texts texts;

    private Long bodyId;
    private List<Body> municipalities;
    private Body body;
    private List<PublicService> services;
    private Map<String, List<Colonia>> coloniasByDelegacion;
    private final ServiceEdit edit = new ServiceEdit();
    private final NewService added = new NewService();
    private final NewColonia colonia = new NewColonia();

    /** Fills the edit form with the chosen service's current values. */
    public void pick() {
        services.stream()
                .filter(s -> s.getId().equals(edit.serviceId))
                .findFirst()
                .ifPresent(s -> {
                    edit.departmentId = s.getDepartment().getId();
                    edit.deadline = s.getDeadlineHours();
                    edit.active = s.isActive();
                });
    }

    public void save() {
        try {
            catalog.updateService(edit.serviceId, edit.departmentId, edit.deadline, edit.active);
            texts.info("catalogue.saved");
            load();
        } catch (BusinessException refusal) {
            texts.show(refusal, "edit");
        }
    }

    public void addService() {
        try {
            catalog.addService(added.departmentId, added.code, added.name, added.description, added.deadline);
            texts.info("catalogue.saved");
            added.code = added.name = added.description = null;
            load();
        } catch (BusinessException refusal) {
            texts.show(refusal, "newService");
        }
    }

    public void addColonia() {
        try {
            catalog.addColonia(
                    bodyId, colonia.delegacion, colonia.name, colonia.postalCode, colonia.latitude, colonia.longitude);
            texts.info("catalogue.saved");
            colonia.name = colonia.postalCode = null;
            colonia.latitude = colonia.longitude = null;
            load();
        } catch (BusinessException refusal) {
            texts.show(refusal, "newColonia");
        }
    }

    public List<Department> getDepartments() {
        return body == null ? List.of() : organizations.departments(body);
    }

    public ServiceEdit getEdit() {
        return edit;
    }

    public NewService getAdded() {
        return added;
    }

    public NewColonia getColonia() {
        return colonia;
    }

    public void load() {
        municipalities = organizations.visibleBodies().stream()
                .filter(b -> b.getKind() == BodyKind.MUNICIPIO)
                .toList();
        body = municipalities.stream()
                .filter(b -> b.getId().equals(bodyId))
                .findFirst()
                .orElse(municipalities.isEmpty() ? null : municipalities.get(0));
        if (body != null) {
            bodyId = body.getId();
            services = catalog.services(body);
            coloniasByDelegacion = catalog.colonias(body).stream()
                    .collect(Collectors.groupingBy(
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
