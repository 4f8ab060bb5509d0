package org.puente.web.mailbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.puente.mailbox.Mailbox;
import org.puente.mailbox.MessagePage;
import org.puente.mailbox.MessageStatus;

/**
 * The staff list of the mailbox (/staff/buzon): the status filter and the page number live in the address
 * (?estado=NUEVO&amp;pagina=2), so a reload or a shared link keeps them; a value that is not one is ignored
 * and the page says so.
 */
@Named
@RequestScoped
public class MailboxList {

    @Inject
    private Mailbox mailbox;

    private String estado;
    private Integer pagina;
    private MessageStatus status;
    private boolean invalid;
    private MessagePage page;

    public void load() {
        if (estado != null && !estado.isBlank()) {
            status = Arrays.stream(MessageStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(estado.strip()))
                    .findFirst()
                    .orElse(null);
            invalid = status == null;
        }
        page = mailbox.list(status, pagina == null ? 1 : pagina);
    }

    /** The address of another page under the same filter. */
    public String pageQuery(int number) {
        return (status == null ? "" : "estado=" + status.name() + "&") + "pagina=" + number;
    }

    public List<MessageStatus> getStatuses() {
        return List.of(MessageStatus.values());
    }

    public MessagePage getPage() {
        return page;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public String getEstado() {
        return estado;
    }

    public void setEstado(String estado) {
        this.estado = estado;
    }

    public Integer getPagina() {
        return pagina;
    }

    public void setPagina(Integer pagina) {
        this.pagina = pagina;
    }
}
