package org.puente.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;

/** The bodies the agency serves. */
@Named
@RequestScoped
public class BodiesBacking {

    @Inject
    private OrganizationService organizations;

    private List<Body> bodies;

    @PostConstruct
    void load() {
        bodies = organizations.visibleBodies();
    }

    public List<Body> getBodies() {
        return bodies;
    }
}
