package org.puente.web.petition;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.puente.casework.ClockLight;
import org.puente.identity.BodyScope;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.petition.PetitionQueue;
import org.puente.petition.PetitionRow;
import org.puente.petition.PetitionStatus;
import org.puente.petition.PetitionType;
import org.puente.web.platform.PagedRows;
import org.puente.web.platform.Texts;

/**
 * /staff/peticiones: the petitions the caller works (his body's; an agent's department's), filtered by
 * type, status, light, department and folio (kept in the address, {@link PetitionQueueAddress}), sorted
 * and paged by the database, with the CSV export of the same filters.
 */
@Named
@ViewScoped
public class PetitionQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/staff/peticiones?faces-redirect=true&includeViewParams=true";

    @Inject
    private PetitionQueue queue;

    @Inject
    private OrganizationService organizations;

    @Inject
    private BodyScope scope;

    @Inject
    private Texts texts;

    private final PetitionQueueAddress address = new PetitionQueueAddress();
    private final Rows model = new Rows();
    private List<Department> departments = List.of();

    @PostConstruct
    void init() {
        scope.caller()
                .map(u -> u.getBody())
                .filter(b -> !b.isAgency())
                .ifPresent(b -> departments = organizations.departments(b));
    }

    /** Applies the filters by reloading the page with them in the address. */
    public String apply() {
        return SELF;
    }

    public PetitionQueueAddress getAddress() {
        return address;
    }

    public String getTotalText() {
        return model.isCapped()
                ? texts.get("petitions.total.capped", PagedRows.COUNT_CAP)
                : texts.get("petitions.total", model.getTotal());
    }

    public String getCsvUrl() {
        return address.csvUrl();
    }

    public PagedRows<PetitionRow> getModel() {
        return model;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    public PetitionType[] getTypes() {
        return PetitionType.values();
    }

    public PetitionStatus[] getStatuses() {
        return PetitionStatus.values();
    }

    public ClockLight[] getLights() {
        return ClockLight.values();
    }

    private class Rows extends PagedRows<PetitionRow> {

        private static final long serialVersionUID = 1L;

        @Override
        protected long countUpTo(int cap) {
            return queue.countUpTo(address.filter(), cap);
        }

        @Override
        protected List<PetitionRow> page(int first, int pageSize, String sortField, boolean ascending) {
            return queue.queue(address.filter(), first, pageSize, sortField, ascending);
        }

        @Override
        protected Object keyOf(PetitionRow row) {
            return row.id();
        }
    }
}
