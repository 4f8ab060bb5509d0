package org.puente.organization;

/**
 * The article a body's name takes in Spanish: "los servicios del H. Ayuntamiento de Metepec", "de la
 * Secretaría de Salud"; a name without one ("Metepec") takes none. Pages pick the text by its key.
 */
public enum NameArticle {
    EL,
    LA,
    LOS,
    LAS;

    /** Key of the text that puts "de" with this article before the name ("del {0}", "de la {0}"). */
    public String ofKey() {
        return "body.of." + name();
    }

    /** Key for a name that takes no article ("de {0}"). */
    public static final String NONE_OF_KEY = "body.of.NONE";
}
