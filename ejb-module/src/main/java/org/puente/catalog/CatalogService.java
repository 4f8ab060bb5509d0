package org.puente.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.puente.organization.Body;
import org.puente.organization.Department;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/** A municipality's public catalogue: its services and its colonias. Public information. */
@Stateless
public class CatalogService {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    public List<PublicService> services(Body body) {
        return em.createNamedQuery("PublicService.byBody", PublicService.class)
                .setParameter("body", body)
                .getResultList();
    }

    public List<PublicService> activeServices(Body body) {
        return em.createNamedQuery("PublicService.activeByBody", PublicService.class)
                .setParameter("body", body)
                .getResultList();
    }

    /** One active service of the body by its code (the Open311 service_code). */
    public java.util.Optional<PublicService> activeService(Body body, String code) {
        return em.createNamedQuery("PublicService.activeByBodyAndCode", PublicService.class)
                .setParameter("body", body)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<Delegacion> delegaciones(Body body) {
        return em.createNamedQuery("Delegacion.byBody", Delegacion.class)
                .setParameter("body", body)
                .getResultList();
    }

    public List<Colonia> colonias(Body body) {
        return em.createNamedQuery("Colonia.byBody", Colonia.class)
                .setParameter("body", body)
                .getResultList();
    }

    /** An administrator changes a service's owner, deadline or availability. */
    @RolesAllowed("ADMIN")
    public void updateService(Long serviceId, Long departmentId, Integer deadlineHours, boolean active) {
        PublicService service = em.find(PublicService.class, serviceId);
        Department department = departmentId == null ? null : em.find(Department.class, departmentId);
        if (service == null) {
            throw new BusinessException("error.notFound");
        }
        List<BusinessException> problems = new ArrayList<>();
        if (department == null || !department.belongsTo(service.getBody())) {
            problems.add(new BusinessException("department", "catalogue.department.required"));
        }
        if (deadlineHours == null || deadlineHours < 1 || deadlineHours > 2000) {
            problems.add(new BusinessException("deadline", "catalogue.deadline.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        service.assignTo(department);
        service.changeDeadline(deadlineHours);
        if (active) {
            service.activate();
        } else {
            service.deactivate();
        }
    }

    /** An administrator adds a service to a municipality's catalogue. */
    @RolesAllowed("ADMIN")
    public PublicService addService(
            Long departmentId, String code, String name, String description, Integer deadlineHours) {
        Department department = departmentId == null ? null : em.find(Department.class, departmentId);
        List<BusinessException> problems = new ArrayList<>();
        if (department == null) {
            problems.add(new BusinessException("newDepartment", "catalogue.department.required"));
        }
        if (code == null || !code.strip().matches("[a-z0-9][a-z0-9-]{1,39}")) {
            problems.add(new BusinessException("newCode", "catalogue.code.invalid"));
        } else if (department != null
                && services(department.getBody()).stream()
                        .anyMatch(s -> s.getCode().equals(code.strip()))) {
            problems.add(new BusinessException("newCode", "catalogue.code.taken"));
        }
        if (name == null || name.isBlank() || name.strip().length() > 150) {
            problems.add(new BusinessException("newName", "catalogue.name.required"));
        }
        if (deadlineHours == null || deadlineHours < 1 || deadlineHours > 2000) {
            problems.add(new BusinessException("newDeadline", "catalogue.deadline.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PublicService service = new PublicService(department, code.strip(), name, description, deadlineHours);
        em.persist(service);
        return service;
    }

    /** An administrator adds a colonia, in an existing or a new delegación. */
    @RolesAllowed("ADMIN")
    public Colonia addColonia(
            Long bodyId,
            String delegacionName,
            String name,
            String postalCode,
            BigDecimal latitude,
            BigDecimal longitude) {
        Body body = bodyId == null ? null : em.find(Body.class, bodyId);
        List<BusinessException> problems = new ArrayList<>();
        if (body == null) {
            throw new BusinessException("error.notFound");
        }
        if (delegacionName == null || delegacionName.isBlank()) {
            problems.add(new BusinessException("delegacion", "catalogue.delegacion.required"));
        }
        if (name == null || name.isBlank()) {
            problems.add(new BusinessException("colonia", "catalogue.colonia.required"));
        }
        if (postalCode != null && !postalCode.isBlank() && !postalCode.strip().matches("\\d{5}")) {
            problems.add(new BusinessException("postalCode", "catalogue.postalCode.invalid"));
        }
        GeoPoint centre = null;
        if (latitude != null || longitude != null) {
            try {
                centre = new GeoPoint(latitude, longitude);
            } catch (RuntimeException e) {
                problems.add(new BusinessException("latitude", "report.point.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Delegacion delegacion = delegaciones(body).stream()
                .filter(d -> d.getName().equalsIgnoreCase(delegacionName.strip()))
                .findFirst()
                .orElseGet(() -> {
                    Delegacion created = new Delegacion(body, delegacionName);
                    em.persist(created);
                    return created;
                });
        if (colonias(body).stream()
                .anyMatch(
                        c -> c.getDelegacion().equals(delegacion) && c.getName().equalsIgnoreCase(name.strip()))) {
            throw new InvalidInputException(List.of(new BusinessException("colonia", "catalogue.colonia.taken")));
        }
        Colonia colonia = new Colonia(
                delegacion, name, postalCode == null || postalCode.isBlank() ? null : postalCode.strip(), centre);
        em.persist(colonia);
        return colonia;
    }
}
