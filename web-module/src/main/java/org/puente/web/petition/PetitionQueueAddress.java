package org.puente.web.petition;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.puente.casework.ClockLight;
import org.puente.petition.PetitionFilter;
import org.puente.petition.PetitionStatus;
import org.puente.petition.PetitionType;

/**
 * The petition queue's filters, as the form holds them and as the address carries them (tipo, estado,
 * semaforo, area, folio), so that a reload or a shared link keeps them and the CSV export reads the same.
 * A value that is not one is ignored and remembered, so that the page says so; never an error page.
 */
public class PetitionQueueAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    private PetitionType type;
    private PetitionStatus status;
    private ClockLight light;
    private Long departmentId;
    private String folio;
    private boolean invalid;

    public PetitionFilter filter() {
        return new PetitionFilter(type, status, light, departmentId, folio);
    }

    /** The same filters read from a request's parameters (the CSV export); a wrong one is an IllegalArgumentException. */
    public static PetitionFilter strict(java.util.function.UnaryOperator<String> parameter) {
        PetitionQueueAddress a = new PetitionQueueAddress();
        a.setTipo(parameter.apply("tipo"));
        a.setEstado(parameter.apply("estado"));
        a.setSemaforo(parameter.apply("semaforo"));
        a.setArea(parameter.apply("area"));
        a.setFolio(parameter.apply("folio"));
        if (a.invalid) {
            throw new IllegalArgumentException("A filter that is not one");
        }
        return a.filter();
    }

    /** The CSV export's address with these filters. */
    public String csvUrl() {
        StringBuilder url = new StringBuilder("/staff/peticiones.csv?");
        append(url, "tipo", getTipo());
        append(url, "estado", getEstado());
        append(url, "semaforo", getSemaforo());
        append(url, "area", getArea());
        append(url, "folio", folio);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    public boolean isInvalid() {
        return invalid;
    }

    public String getTipo() {
        return type == null ? null : type.name();
    }

    public void setTipo(String value) {
        type = blank(value) ? null : parse(() -> PetitionType.valueOf(value.strip()));
    }

    public String getEstado() {
        return status == null ? null : status.name();
    }

    public void setEstado(String value) {
        status = blank(value) ? null : parse(() -> PetitionStatus.valueOf(value.strip()));
    }

    public String getSemaforo() {
        return light == null ? null : light.name();
    }

    public void setSemaforo(String value) {
        light = blank(value) ? null : parse(() -> ClockLight.valueOf(value.strip()));
    }

    public String getArea() {
        return departmentId == null ? null : departmentId.toString();
    }

    public void setArea(String value) {
        departmentId = blank(value) ? null : parse(() -> Long.valueOf(value.strip()));
    }

    private <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException notOne) {
            invalid = true;
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    // The form's fields.

    public PetitionType getType() {
        return type;
    }

    public void setType(PetitionType type) {
        this.type = type;
    }

    public PetitionStatus getStatus() {
        return status;
    }

    public void setStatus(PetitionStatus status) {
        this.status = status;
    }

    public ClockLight getLight() {
        return light;
    }

    public void setLight(ClockLight light) {
        this.light = light;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }
}
