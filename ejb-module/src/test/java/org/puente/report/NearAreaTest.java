package org.puente.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.puente.catalog.GeoPoint;

/** The box a nearest-colonia query searches holds every point within the distance, and not much more. */
class NearAreaTest {

    private static final BigDecimal LAT = new BigDecimal("19.2547");
    private static final BigDecimal LON = new BigDecimal("-99.6035");

    @Test
    void threeKilometresAroundMetepecAreAboutThreeHundredthsOfADegree() {
        NearArea area = NearArea.around(LAT, LON, 3000);
        // 3000 m * 1.1 / 111,320 m per degree = 0.0296443 degrees of latitude
        assertEquals(new BigDecimal("19.2250557"), area.minLatitude());
        assertEquals(new BigDecimal("19.2843443"), area.maxLatitude());
        // of longitude: divided again by cos(19.2547°) = 0.944062, 0.0314008 degrees
        assertEquals(new BigDecimal("-99.6349008"), area.minLongitude());
        assertEquals(new BigDecimal("-99.5720992"), area.maxLongitude());
    }

    @Test
    void pointsThreeKilometresAwayInEveryDirectionAreInsideTheBox() {
        NearArea area = NearArea.around(LAT, LON, 3000);
        GeoPoint centre = new GeoPoint(LAT, LON);
        GeoPoint north = new GeoPoint(new BigDecimal("19.2816"), LON);
        GeoPoint west = new GeoPoint(LAT, new BigDecimal("-99.6320"));
        assertTrue(centre.distanceTo(north) <= 3000 && centre.distanceTo(north) > 2900, "about 3 km north");
        assertTrue(centre.distanceTo(west) <= 3000 && centre.distanceTo(west) > 2900, "about 3 km west");
        assertTrue(inside(area, north));
        assertTrue(inside(area, west));
    }

    private static boolean inside(NearArea area, GeoPoint p) {
        return p.getLatitude().compareTo(area.minLatitude()) >= 0
                && p.getLatitude().compareTo(area.maxLatitude()) <= 0
                && p.getLongitude().compareTo(area.minLongitude()) >= 0
                && p.getLongitude().compareTo(area.maxLongitude()) <= 0;
    }
}
