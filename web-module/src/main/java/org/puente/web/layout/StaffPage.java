package org.puente.web.layout;

import static org.puente.identity.Role.ADMIN;
import static org.puente.identity.Role.AGENTE;
import static org.puente.identity.Role.COMUNICACION;
import static org.puente.identity.Role.ENLACE;
import static org.puente.identity.Role.EVALUADOR;
import static org.puente.identity.Role.EXPERTO;
import static org.puente.identity.Role.GERENTE;
import static org.puente.identity.Role.MODERADOR;
import static org.puente.identity.Role.OPERADOR;

import java.util.EnumSet;
import java.util.Set;
import org.puente.identity.Role;

/**
 * The intranet's pages and who may use each: the menu shows a role only its pages. The
 * security constraints of web.xml guard the same paths on the server side.
 */
public enum StaffPage {
    DASHBOARD("menu.dashboard", "/staff/", "pi pi-home", EnumSet.range(OPERADOR, ADMIN)),
    REPORTS("menu.reports", "/staff/reportes", "pi pi-inbox", EnumSet.of(ADMIN, GERENTE, AGENTE, OPERADOR)),
    PHONE_INTAKE("menu.phoneIntake", "/staff/atender", "pi pi-phone", EnumSet.of(OPERADOR, GERENTE)),
    PETITIONS("menu.petitions", "/staff/peticiones", "pi pi-file-edit", EnumSet.of(ADMIN, GERENTE, AGENTE, OPERADOR)),
    PETITION_INTAKE("menu.petitionIntake", "/staff/peticion-nueva", "pi pi-file-plus", EnumSet.of(OPERADOR, GERENTE)),
    MAILBOX("menu.mailbox", "/staff/buzon", "pi pi-envelope", EnumSet.of(ADMIN, GERENTE, OPERADOR)),
    AUDIENCES("menu.audiences", "/staff/audiencias", "pi pi-megaphone", EnumSet.of(ADMIN, GERENTE, AGENTE)),
    REQUESTS("menu.requests", "/staff/solicitudes", "pi pi-comments", EnumSet.of(ENLACE, EVALUADOR, MODERADOR, ADMIN)),
    CALENDAR(
            "menu.calendar",
            "/staff/calendario",
            "pi pi-calendar",
            EnumSet.of(ENLACE, EVALUADOR, MODERADOR, ADMIN, EXPERTO)),
    MY_EVENTS("menu.myEvents", "/staff/eventos", "pi pi-calendar-clock", EnumSet.of(EXPERTO)),
    INCIDENTS(
            "menu.incidents",
            "/staff/incidencias",
            "pi pi-exclamation-triangle",
            EnumSet.of(ENLACE, EVALUADOR, MODERADOR, ADMIN)),
    NOTICES("menu.notices", "/staff/avisos", "pi pi-bell", EnumSet.of(COMUNICACION, ADMIN)),
    HOAXES("menu.hoaxes", "/staff/desmentidos", "pi pi-verified", EnumSet.of(COMUNICACION, ADMIN)),
    NEWS("menu.news", "/staff/noticias", "pi pi-images", EnumSet.of(COMUNICACION, ADMIN)),
    QUESTIONS(
            "menu.questions", "/staff/preguntas", "pi pi-question-circle", EnumSet.of(MODERADOR, COMUNICACION, ADMIN)),
    SURVEYS("menu.surveys", "/staff/encuestas", "pi pi-chart-bar", EnumSet.of(COMUNICACION, ADMIN)),
    CHATS("menu.chats", "/staff/chats", "pi pi-comment", EnumSet.of(MODERADOR, EXPERTO, ADMIN)),
    FORUMS("menu.forums", "/staff/foros", "pi pi-book", EnumSet.of(MODERADOR, EXPERTO, ADMIN)),
    BODIES("menu.bodies", "/staff/organismos", "pi pi-building", EnumSet.of(ADMIN, EVALUADOR, MODERADOR)),
    MY_BODY(
            "menu.myBody",
            "/staff/organismo",
            "pi pi-building",
            EnumSet.of(GERENTE, AGENTE, OPERADOR, ENLACE, EXPERTO, COMUNICACION)),
    CATALOGUE("menu.catalogue", "/staff/catalogo", "pi pi-list", EnumSet.of(ADMIN, GERENTE, AGENTE, OPERADOR)),
    USERS("menu.users", "/staff/usuarios", "pi pi-users", EnumSet.of(ADMIN, GERENTE)),
    OUTBOX("menu.outbox", "/staff/correo", "pi pi-envelope", EnumSet.of(ADMIN)),
    AUDIT("menu.audit", "/staff/auditoria", "pi pi-history", EnumSet.of(ADMIN)),
    PRIVACY("menu.privacy", "/staff/aviso-de-privacidad", "pi pi-shield", EnumSet.of(ADMIN)),
    ARCO("menu.arco", "/staff/arco", "pi pi-id-card", EnumSet.of(ADMIN)),
    CLOCKS("menu.clocks", "/staff/plazos", "pi pi-stopwatch", EnumSet.of(ADMIN)),
    ACCOUNT("menu.account", "/staff/cuenta", "pi pi-user", EnumSet.range(OPERADOR, ADMIN));

    private final String labelKey;
    private final String path;
    private final String icon;
    private final Set<Role> roles;

    StaffPage(String labelKey, String path, String icon, Set<Role> roles) {
        this.labelKey = labelKey;
        this.path = path;
        this.icon = icon;
        this.roles = roles;
    }

    public boolean isFor(Set<Role> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getPath() {
        return path;
    }

    public String getIcon() {
        return icon;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
