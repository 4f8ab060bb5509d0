package org.puente.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows an instant as people read it: in the municipality's time zone and the page's language. */
@Named
@ApplicationScoped
public class Dates {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    public String show(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(at.atZoneSameInstant(MEXICO_CITY));
    }
}
