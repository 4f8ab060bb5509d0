package org.puente.audience;

/** Where an audience happens: at a place, over a meeting link, or both. Text: {@code audience.mode.<NAME>}. */
public enum AudienceMode {
    IN_PERSON,
    ONLINE,
    BOTH;

    public boolean needsPlace() {
        return this != ONLINE;
    }

    public boolean needsLink() {
        return this != IN_PERSON;
    }

    public String messageKey() {
        return "audience.mode." + name();
    }
}
