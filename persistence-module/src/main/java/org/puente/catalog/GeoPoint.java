package org.puente.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A WGS84 point with six decimals (about 10 cm), enough for a street address. */
@Embeddable
public class GeoPoint {

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    protected GeoPoint() {}

    public GeoPoint(BigDecimal latitude, BigDecimal longitude) {
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new IllegalArgumentException("Not a point on Earth: " + latitude + ", " + longitude);
        }
        this.latitude = latitude.setScale(6, RoundingMode.HALF_UP);
        this.longitude = longitude.setScale(6, RoundingMode.HALF_UP);
    }

    public static GeoPoint of(String latitude, String longitude) {
        return new GeoPoint(new BigDecimal(latitude), new BigDecimal(longitude));
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    /**
     * The point as it may be published: three decimals, a cell of about 110 m by 105 m at Mexico's
     * latitudes, so that a public map shows the block and never the house.
     */
    public GeoPoint publicArea() {
        return new GeoPoint(latitude.setScale(3, RoundingMode.HALF_UP), longitude.setScale(3, RoundingMode.HALF_UP));
    }

    /** Great-circle distance in metres (haversine). */
    public double distanceTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof GeoPoint other
                        && Objects.equals(latitude, other.latitude)
                        && Objects.equals(longitude, other.longitude));
    }

    @Override
    public int hashCode() {
        return Objects.hash(latitude, longitude);
    }

    @Override
    public String toString() {
        return latitude + "," + longitude;
    }
}
