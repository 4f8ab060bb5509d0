package org.puente.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.organization.Department;

class CatalogTest {

    private final Body metepec =
            new Body("MET", "Metepec", BodyKind.MUNICIPIO, "Estado de México", ZoneId.of("America/Mexico_City"));
    private final Body toluca =
            new Body("TOL", "Toluca", BodyKind.MUNICIPIO, "Estado de México", ZoneId.of("America/Mexico_City"));
    private final Department obras = new Department(metepec, "Obras Públicas", null);

    @Test
    void aServiceBelongsToItsDepartmentsBodyAndKeepsASaneDeadline() {
        PublicService bacheo = new PublicService(obras, "bacheo", "Bacheo", "Baches", 48);
        assertEquals(metepec, bacheo.getBody());
        assertEquals(48, bacheo.getDeadlineHours());
        assertThrows(IllegalArgumentException.class, () -> bacheo.changeDeadline(0));
        assertThrows(IllegalArgumentException.class, () -> bacheo.assignTo(new Department(toluca, "Obras", null)));
        assertThrows(IllegalArgumentException.class, () -> new PublicService(obras, "Con Espacios", "X", null, 48));
    }

    @Test
    void pointsAreOnEarthAndDistancesAreInMetres() {
        GeoPoint centro = GeoPoint.of("19.254900", "-99.604700");
        GeoPoint cerca = GeoPoint.of("19.255800", "-99.604700");
        double metres = centro.distanceTo(cerca);
        assertTrue(metres > 95 && metres < 105, "0.0009° of latitude is about 100 m, got " + metres);
        assertThrows(IllegalArgumentException.class, () -> GeoPoint.of("91", "0"));
        assertThrows(IllegalArgumentException.class, () -> GeoPoint.of("0", "-181"));
    }

    @Test
    void aPublishedPointIsTheBlockNotTheHouse() {
        GeoPoint house = GeoPoint.of("19.254949", "-99.604551");
        GeoPoint area = house.publicArea();
        assertEquals(GeoPoint.of("19.255", "-99.605"), area);
        double metres = house.distanceTo(area);
        assertTrue(metres > 40 && metres < 80, "the published point is some tens of metres away, got " + metres);
        assertEquals(
                GeoPoint.of("19.255", "-99.605"),
                GeoPoint.of("19.2554", "-99.6046").publicArea(),
                "every house of the cell gives the same point");
    }

    @Test
    void aColoniaHasAFiveDigitPostalCode() {
        Delegacion cabecera = new Delegacion(metepec, "Cabecera");
        assertThrows(IllegalArgumentException.class, () -> new Colonia(cabecera, "Centro", "5214", null));
        assertEquals("52140", new Colonia(cabecera, "Centro", "52140", null).getPostalCode());
    }
}
