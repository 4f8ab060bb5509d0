package org.puente.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
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
import org.puente.report.ReportStatus;
import org.puente.report.ReportWork;
import org.puente.web.platform.Texts;

/**
 * The staff queue of reports: filters (kept in the address as view parameters, so a reload or a
 * shared link keeps them), sorting and paging done by the database, the total, bulk reassignment to
 * a department and bulk assignment to a person.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Counting stops here; past it the page says "more than 10,000" and invites a filter. */
    static final int COUNT_CAP = 10_000;
    /** This page again, with the filters in its address. */
    private static final String SELF = "/staff/reportes?faces-redirect=true&includeViewParams=true";

    @Inject
    private ReportWork work;

    @Inject
    private OrganizationService organizations;

    @Inject
    private CatalogService catalog;

    @Inject
    private BodyScope scope;

    @Inject
    private Texts texts;

    private ReportStatus status;
    private Long serviceId;
    private Long coloniaId;
    private Long departmentId;
    private boolean overdueOnly;
    private String folio;
    private Body body;
    private List<QueueRow> selected = new ArrayList<>();
    private Long targetDepartmentId;
    private Long targetAgentId;
    private List<AgentOption> agents = List.of();
    private long total;
    private boolean addressInvalid;
    private LazyDataModel<QueueRow> model;
    private List<PublicService> services = List.of();
    private List<Colonia> colonias = List.of();
    private List<Department> departments = List.of();
    private boolean capped;

    @PostConstruct
    void init() {
        body = organizations.visibleBodies().stream().filter(b -> b.getKind() == BodyKind.MUNICIPIO).findFirst().orElse(null);
        model = new Rows();
        if (body != null) {
            services = catalog.services(body);
            colonias = catalog.colonias(body);
            departments = organizations.departments(body);
        }
        if (isManager()) {
            agents = work.agents();
        }
    }

    /** Applies the filters by reloading the page with them in the address. */
    public String apply() {
        return SELF;
    }

    public QueueFilter filter() {
        return new QueueFilter(status, serviceId, coloniaId, departmentId, overdueOnly, folio);
    }

    public String reassignSelected() {
        try {
            int moved = work.reassign(selected.stream().map(QueueRow::id).toList(), targetDepartmentId, null);
            texts.info("queue.reassigned", moved);
            return SELF;
        } catch (BusinessException refusal) {
            texts.show(refusal, "queue");
            return null;
        }
    }

    public String assignSelected() {
        try {
            AssignOutcome outcome = work.assign(selected.stream().map(QueueRow::id).toList(), targetAgentId, null);
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
        return capped ? texts.get("queue.total.capped", COUNT_CAP) : texts.get("queue.total", total);
    }

    /** The CSV export's address, with the current filters. */
    public String getCsvUrl() {
        StringBuilder url = new StringBuilder("/staff/reportes.csv?");
        append(url, "estado", status == null ? null : status.name());
        append(url, "servicio", serviceId);
        append(url, "colonia", coloniaId);
        append(url, "area", departmentId);
        append(url, "vencidos", overdueOnly ? "true" : null);
        append(url, "folio", folio);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)).append('&');
        }
    }

    public boolean isManager() {
        return scope.caller().map(u -> u.hasRole(org.puente.identity.Role.GERENTE) || u.hasRole(org.puente.identity.Role.ADMIN)).orElse(false);
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
        return capped;
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    private class Rows extends LazyDataModel<QueueRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long count = work.countUpTo(filter(), COUNT_CAP);
            capped = count > COUNT_CAP;
            total = count;
            return (int) Math.min(count, COUNT_CAP);
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return work.queue(filter(), first, pageSize, sort == null ? "receivedAt" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(QueueRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public QueueRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    // The filters as the address carries them (view parameters). A value that is not one (a status
    // that does not exist, a number with letters) is ignored, and the page says so; never an error page.

    public String getEstado() {
        return status == null ? null : status.name();
    }

    public void setEstado(String value) {
        status = blank(value) ? null : parse(() -> ReportStatus.valueOf(value.strip()));
    }

    public String getServicio() {
        return serviceId == null ? null : serviceId.toString();
    }

    public void setServicio(String value) {
        serviceId = number(value);
    }

    public String getColonia() {
        return coloniaId == null ? null : coloniaId.toString();
    }

    public void setColonia(String value) {
        coloniaId = number(value);
    }

    public String getArea() {
        return departmentId == null ? null : departmentId.toString();
    }

    public void setArea(String value) {
        departmentId = number(value);
    }

    public String getVencidos() {
        return overdueOnly ? "true" : null;
    }

    public void setVencidos(String value) {
        overdueOnly = "true".equals(value) || "1".equals(value);
    }

    /** True when the address carried a filter that is not one (it was ignored). */
    public boolean isAddressInvalid() {
        return addressInvalid;
    }

    private Long number(String value) {
        return blank(value) ? null : parse(() -> Long.valueOf(value.strip()));
    }

    private <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException notOne) {
            addressInvalid = true;
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public LazyDataModel<QueueRow> getModel() {
        return model;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getColoniaId() {
        return coloniaId;
    }

    public void setColoniaId(Long coloniaId) {
        this.coloniaId = coloniaId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
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
