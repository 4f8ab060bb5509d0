package org.puente.web.layout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The visitor's language: Spanish (Mexico) unless he switches to English ({@link LanguageFilter}). */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    private Locale locale = SPANISH;

    public Locale getLocale() {
        return locale;
    }

    /** The language of the page, for the html element's lang attribute. */
    public String getLanguage() {
        return locale.toLanguageTag();
    }

    public boolean isSpanish() {
        return "es".equals(locale.getLanguage());
    }

    /** The language the switch offers: the other one. */
    public String getOther() {
        return isSpanish() ? "en" : "es";
    }

    void choose(String language) {
        locale = "en".equals(language) ? ENGLISH : SPANISH;
    }
}
