package org.puente.web.report;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.puente.report.QueueFilter;
import org.puente.report.ReportStatus;

/**
 * The queue's filters, as the form holds them and as the address carries them (view parameters
 * estado, servicio, colonia, area, vencidos, folio), so that a reload or a shared link keeps them. A
 * value in the address that is not one (a status that does not exist, a number with letters) is
 * ignored and remembered, so that the page says so; never an error page.
 */
public class QueueAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    private ReportStatus status;
    private Long serviceId;
    private Long coloniaId;
    private Long departmentId;
    private boolean overdueOnly;
    private String folio;
    private boolean invalid;

    public QueueFilter filter() {
        return new QueueFilter(status, serviceId, coloniaId, departmentId, overdueOnly, folio);
    }

    /** The CSV export's address with these filters (the export reads the same parameters). */
    public String csvUrl() {
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
            url.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    /** True when the address carried a filter that is not one (it was ignored). */
    public boolean isInvalid() {
        return invalid;
    }

    public String getEstado() {
        return status == null ? null : status.name();
    }

    public void setEstado(String value) {
        status = blank(value) ? null : parse(() -> ReportStatus.valueOf(value.strip()));
    }

    public String getServicio() {
        return text(serviceId);
    }

    public void setServicio(String value) {
        serviceId = number(value);
    }

    public String getColonia() {
        return text(coloniaId);
    }

    public void setColonia(String value) {
        coloniaId = number(value);
    }

    public String getArea() {
        return text(departmentId);
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

    private Long number(String value) {
        return blank(value) ? null : parse(() -> Long.valueOf(value.strip()));
    }

    private <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException notOne) {
            invalid = true;
            return null;
        }
    }

    private static String text(Long id) {
        return id == null ? null : id.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // The form's fields.

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
}
