package org.puente.incident;

/**
 * The service channel an incident affects, when it affects one: the *7311 phone line, the report form, the
 * petition form, the live chats, the contact mailbox. The public pages tell a visitor what to use instead
 * while one is down. The text of each is {@code incidentNotice.channel.<NAME>}.
 */
public enum ServiceChannel {
    LINEA_7311,
    FORMULARIO_REPORTES,
    FORMULARIO_PETICIONES,
    CHAT,
    BUZON;

    public String messageKey() {
        return "incidentNotice.channel." + name();
    }
}
