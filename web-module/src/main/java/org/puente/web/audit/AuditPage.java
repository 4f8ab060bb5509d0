package org.puente.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditEntry;
import org.puente.audit.AuditLog;
import org.puente.identity.BodyScope;
import org.puente.web.platform.QueryString;
import org.puente.web.platform.Texts;

/**
 * /staff/auditoria: administrators search the audit log (filters and page in the address) and verify
 * its chain. A filter value that cannot be read is named on the page; the search runs without it.
 * <p>Over 150 lines only through the accessors of its seven URL parameters, which f:viewParam binds on the bean itself.
 */
@Named
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @Inject
    private AuditLog audit;

    @Inject
    private BodyScope scope;

    @Inject
    private Texts texts;

    private String usuario;
    private String accion;
    private String folio;
    private String desde;
    private String hasta;
    private String pagina;
    private String verificar;

    private AuditLog.Page page;
    private int pageNumber = 1;
    private AuditLog.Verification verification;

    public void load() {
        if ("1".equals(verificar)) {
            verification = audit.verify();
        }
        AuditAction action = null;
        if (accion != null && !accion.isBlank()) {
            action = Arrays.stream(AuditAction.values())
                    .filter(a -> a.name().equals(accion))
                    .findFirst()
                    .orElse(null);
            if (action == null) {
                texts.error(null, "audit.filter.action.unknown");
            }
        }
        LocalDate from = day(desde, "desde");
        LocalDate to = day(hasta, "hasta");
        if (from != null && to != null && from.isAfter(to)) {
            texts.error(null, "audit.filter.range.inverted");
            to = null;
        }
        try {
            pageNumber = pagina == null || pagina.isBlank() ? 1 : Math.max(1, Integer.parseInt(pagina.strip()));
        } catch (NumberFormatException e) {
            texts.error(null, "audit.filter.page.invalid");
        }
        page = audit.search(
                new AuditLog.Search(usuario, action, folio, from, to),
                zone(),
                (int) Math.min((long) (pageNumber - 1) * PAGE_SIZE, Integer.MAX_VALUE - PAGE_SIZE),
                PAGE_SIZE);
    }

    private LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            texts.error(null, "audit.filter.date.invalid");
            return null;
        }
    }

    private ZoneId zone() {
        return scope.ownBody().getTimeZone();
    }

    public List<AuditEntry> getEntries() {
        return page.entries();
    }

    public long getTotal() {
        return page.total();
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public int getPages() {
        return (int) Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public int getRetentionDays() {
        return audit.retentionDays();
    }

    public AuditLog.Verification getVerification() {
        return verification;
    }

    /** The address of another page of the same search. */
    public String pageQuery(int number) {
        return QueryString.of("pagina", number)
                .and("usuario", usuario)
                .and("accion", accion)
                .and("folio", folio)
                .and("desde", desde)
                .and("hasta", hasta)
                .toString();
    }

    public String getUsuario() {
        return usuario;
    }

    public void setUsuario(String usuario) {
        this.usuario = usuario;
    }

    public String getAccion() {
        return accion;
    }

    public void setAccion(String accion) {
        this.accion = accion;
    }

    public String getFolio() {
        return folio;
    }

    public void setFolio(String folio) {
        this.folio = folio;
    }

    public String getDesde() {
        return desde;
    }

    public void setDesde(String desde) {
        this.desde = desde;
    }

    public String getHasta() {
        return hasta;
    }

    public void setHasta(String hasta) {
        this.hasta = hasta;
    }

    public String getVerificar() {
        return verificar;
    }

    public void setVerificar(String verificar) {
        this.verificar = verificar;
    }

    public String getPagina() {
        return pagina;
    }

    public void setPagina(String pagina) {
        this.pagina = pagina;
    }
}
