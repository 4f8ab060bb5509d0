package org.puente.news;

/** What kind of item the body publishes; the text of each is {@code news.category.<NAME>}. */
public enum NewsCategory {
    NOTICIA,
    PROGRAMA,
    CONVOCATORIA;

    public String messageKey() {
        return "news.category." + name();
    }
}
