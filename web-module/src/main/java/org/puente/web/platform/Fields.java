package org.puente.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.StringJoiner;

/**
 * The EL functions of the form-field tags ({@code pu:invalid}, {@code pu:describedBy}, declared in
 * WEB-INF/puente.taglib.xml): what an input tells assistive technology about its hint and its message.
 */
public final class Fields {

    private Fields() {}

    /** True when a message was added for this input (a failed check or a refusal the page named it in). */
    public static boolean invalid(UIComponent input) {
        return !FacesContext.getCurrentInstance()
                .getMessageList(input.getClientId())
                .isEmpty();
    }

    /** The input's aria-describedby: the given ids, then its hint's (when it has one), then its message's. */
    public static String describedBy(UIComponent input, String others, boolean hint) {
        return describedBy(input.getClientId(), others, hint);
    }

    static String describedBy(String clientId, String others, boolean hint) {
        StringJoiner ids = new StringJoiner(" ");
        if (others != null && !others.isBlank()) {
            ids.add(others.strip());
        }
        if (hint) {
            ids.add(clientId + "-hint");
        }
        return ids.add(clientId + "-error").toString();
    }
}
