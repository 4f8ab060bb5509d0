package org.puente.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The latitudes and longitudes within a distance of a point, a little generously (a box around the
 * circle), so that a database query narrows candidates before their exact distance is measured.
 */
record NearArea(BigDecimal minLatitude, BigDecimal maxLatitude, BigDecimal minLongitude, BigDecimal maxLongitude) {

    private static final double METRES_PER_DEGREE = 111_320;
    /** Ten per cent more than needed, against rounding and the earth not being a sphere. */
    private static final double MARGIN = 1.1;

    static NearArea around(BigDecimal latitude, BigDecimal longitude, double metres) {
        double latDegrees = metres * MARGIN / METRES_PER_DEGREE;
        double cos = Math.cos(Math.toRadians(latitude.doubleValue()));
        double lonDegrees = cos < 0.01 ? 180 : Math.min(180, metres * MARGIN / (METRES_PER_DEGREE * cos));
        return new NearArea(
                degrees(latitude.doubleValue() - latDegrees),
                degrees(latitude.doubleValue() + latDegrees),
                degrees(longitude.doubleValue() - lonDegrees),
                degrees(longitude.doubleValue() + lonDegrees));
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_EVEN);
    }
}
