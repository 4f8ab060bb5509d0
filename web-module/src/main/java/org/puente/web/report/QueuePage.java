package org.puente.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.puente.catalog.CatalogService;
import org.puente.catalog.Colonia;
import org.puente.catalog.PublicService;
import org.puente.identity.BodyScope;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.report.AgentOption;
import org.puente.report.AssignOutcome;
import org.puente.report.QueueFilter;
import org.puente.report.QueueRow;
import org.puente.report.ReportDispatch;
import org.puente.report.ReportQueue;
import org.puente.report.ReportStatus;
import org.puente.web.platform.PagedRows;
import org.puente.web.platform.Texts;

/**
 * The staff queue of reports: filters ({@link QueueAddress}, kept in the address as view parameters,
 * so a reload or a shared link keeps them), sorting and paging done by the database, the total, bulk reassignment to
 * a department and bulk assignment to a person. Over 150 lines because of the table's lazy model and
 * the bulk forms' inputs; the filters' parsing is in QueueAddress, the rules in the services.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int COUNT_CAP = PagedRows.COUNT_CAP;
    /** This page again, with the filters in its address. */
    private static final String SELF = "/staff/reportes?faces-redirect=true&includeViewParams=true";

    @Inject
    private ReportQueue queue;

    @Inject
    private ReportDispatch dispatch;

    @Inject
    private OrganizationService organizations;

    @Inject
    private CatalogService catalog;

    @Inject
    private BodyScope scope;

    @Inject
    private Texts texts;

    private final QueueAddress address = new QueueAddress();
    private Body body;
    private List<QueueRow> selected = new ArrayList<>();
    private Long targetDepartmentId;
    private Long targetAgentId;
    private List<AgentOption> agents = List.of();
    private Rows model;
    private List<PublicService> services = List.of();
    private List<Colonia> colonias = List.of();
    private List<Department> departments = List.of();

    @PostConstruct
    void init() {
        body = organizations.visibleBodies().stream()
                .filter(b -> b.getKind() == BodyKind.MUNICIPIO)
                .findFirst()
                .orElse(null);
        model = new Rows();
        if (body != null) {
            services = catalog.services(body);
            colonias = catalog.colonias(body);
            departments = organizations.departments(body);
        }
        if (isManager()) {
            agents = queue.agents();
        }
    }

    /** Applies the filters by reloading the page with them in the address. */
    public String apply() {
        return SELF;
    }

    public QueueFilter filter() {
        return address.filter();
    }

    /** The filters, as the form and the address hold them. */
    public QueueAddress getAddress() {
        return address;
    }

    public String reassignSelected() {
        try {
            int moved = dispatch.reassign(selected.stream().map(QueueRow::id).toList(), targetDepartmentId, null);
            texts.info("queue.reassigned", moved);
            return SELF;
        } catch (BusinessException refusal) {
            texts.show(refusal, "queue");
            return null;
        }
    }

    public String assignSelected() {
        try {
            AssignOutcome outcome =
                    dispatch.assign(selected.stream().map(QueueRow::id).toList(), targetAgentId, null);
            texts.info("queue.assigned", outcome.assigned(), outcome.agentName());
            if (outcome.skipped() > 0) {
                texts.info("queue.assigned.skipped", outcome.skipped());
            }
            return SELF;
        } catch (BusinessException refusal) {
            texts.show(refusal, "queue");
            return null;
        }
    }

    /** "25 reportes coinciden…", as counted for the table's last load. */
    public String getTotalText() {
        return model.isCapped()
                ? texts.get("queue.total.capped", COUNT_CAP)
                : texts.get("queue.total", model.getTotal());
    }

    /** The CSV export's address, with the current filters. */
    public String getCsvUrl() {
        return address.csvUrl();
    }

    public boolean isManager() {
        return scope.caller()
                .map(u -> u.hasRole(org.puente.identity.Role.GERENTE) || u.hasRole(org.puente.identity.Role.ADMIN))
                .orElse(false);
    }

    public List<PublicService> getServices() {
        return services;
    }

    public List<Colonia> getColonias() {
        return colonias;
    }

    public List<Department> getDepartments() {
        return departments;
    }

    /** True when more reports match than were counted. */
    public boolean isCapped() {
        return model.isCapped();
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    /** The queue's rows: counted, sorted and paged by the report queue. */
    private class Rows extends PagedRows<QueueRow> {

        private static final long serialVersionUID = 1L;

        @Override
        protected long countUpTo(int cap) {
            return queue.countUpTo(filter(), cap);
        }

        @Override
        protected List<QueueRow> page(int first, int pageSize, String sortField, boolean ascending) {
            return queue.queue(filter(), first, pageSize, sortField == null ? "receivedAt" : sortField, ascending);
        }

        @Override
        protected Object keyOf(QueueRow row) {
            return row.id();
        }
    }

    public PagedRows<QueueRow> getModel() {
        return model;
    }

    public List<QueueRow> getSelected() {
        return selected;
    }

    public void setSelected(List<QueueRow> selected) {
        this.selected = selected;
    }

    public List<AgentOption> getAgents() {
        return agents;
    }

    public Long getTargetAgentId() {
        return targetAgentId;
    }

    public void setTargetAgentId(Long targetAgentId) {
        this.targetAgentId = targetAgentId;
    }

    public Long getTargetDepartmentId() {
        return targetDepartmentId;
    }

    public void setTargetDepartmentId(Long targetDepartmentId) {
        this.targetDepartmentId = targetDepartmentId;
    }
}
