package org.puente.transparency;

/** The kind of device a page view came from, as its browser's User-Agent tells it. */
public enum DeviceClass {
    PHONE,
    TABLET,
    DESKTOP;

    /** Resource-bundle key of its name ("Teléfono", "Tableta", "Computadora"). */
    public String messageKey() {
        return "visits.device." + name();
    }
}
