package org.puente.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from, for the audit log: the web layer's filter fills it in for
 * every request; a timer or start-up work has no request and is recorded as the system.
 */
@RequestScoped
public class RequestOrigin {

    public static final String SYSTEM = "sistema";

    private String address;

    public void set(String address) {
        this.address = address;
    }

    /** The client address, or {@link #SYSTEM} outside a web request. */
    public String address() {
        return address == null || address.isBlank() ? SYSTEM : address;
    }
}
