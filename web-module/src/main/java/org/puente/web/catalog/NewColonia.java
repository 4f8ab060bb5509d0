package org.puente.web.catalog;

import java.io.Serializable;

/** The form that adds a colonia. */
public class NewColonia implements Serializable {
    private static final long serialVersionUID = 1L;
    public String delegacion;
    public String name;
    public String postalCode;
    public java.math.BigDecimal latitude;
    public java.math.BigDecimal longitude;

    public String getDelegacion() {
        return delegacion;
    }

    public void setDelegacion(String v) {
        delegacion = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        name = v;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String v) {
        postalCode = v;
    }

    public java.math.BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(java.math.BigDecimal v) {
        latitude = v;
    }

    public java.math.BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(java.math.BigDecimal v) {
        longitude = v;
    }
}
