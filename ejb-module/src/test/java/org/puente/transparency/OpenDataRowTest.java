package org.puente.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one report becomes in the open data: local times with offset, codes, rounded point, hours. */
class OpenDataRowTest {

    private static final ZoneId METEPEC = ZoneId.of("America/Mexico_City");

    private static OpenDataRow resolved(String resolvedAt, Integer minutes) {
        return OpenDataRow.of(
                "MET-2026-000042",
                "bacheo",
                "Bacheo",
                "Dirección de Obras Públicas",
                "Centro",
                "Barrio de Santa Cruz",
                "PHONE",
                "RESOLVED",
                OffsetDateTime.parse("2026-03-02T15:59:30.654321Z"),
                OffsetDateTime.parse("2026-03-04T00:00:00Z"),
                OffsetDateTime.parse(resolvedAt),
                null,
                minutes,
                new BigDecimal("19.254949"),
                new BigDecimal("-99.604551"),
                METEPEC);
    }

    @Test
    void aResolvedReportHasLocalTimesCodesHoursAndItsPointRoundedToAbout100Metres() {
        OpenDataRow row = resolved("2026-03-03T20:10:00Z", 611);
        List<String> cells =
                Arrays.stream(OpenDataField.values()).map(f -> f.text(row)).toList();
        assertEquals(
                Arrays.asList(
                        "MET-2026-000042",
                        "bacheo",
                        "Bacheo",
                        "Dirección de Obras Públicas",
                        "Centro",
                        "Barrio de Santa Cruz",
                        "telefono",
                        "resuelto",
                        "2026-03-02T09:59:30-06:00",
                        "2026-03-03T18:00:00-06:00",
                        "2026-03-03T14:10:00-06:00",
                        null,
                        "si",
                        "10.2",
                        "19.255",
                        "-99.605"),
                cells);
        assertEquals(new BigDecimal("-99.605"), OpenDataField.LONGITUDE.value(row), "a JSON number, not text");
    }

    @Test
    void resolvedAfterTheDeadlineIsNotOnTimeAndHalfAMinuteRoundsUp() {
        OpenDataRow row = resolved("2026-03-04T00:00:01Z", 633);
        assertEquals("no", row.onTime());
        assertEquals(new BigDecimal("10.6"), row.businessHours(), "633 minutes are 10.55 hours");
        assertEquals("si", resolved("2026-03-04T00:00:00Z", 1).onTime(), "at the deadline itself is on time");
    }

    @Test
    void anOpenReportWithoutAPointIsOpenAndARejectedOneHasNoOnTimeValue() {
        OpenDataRow open = OpenDataRow.of(
                "MET-2026-000043",
                "fugas",
                "Fugas de agua",
                "Organismo de Agua",
                "San Lorenzo",
                "Pilares",
                "OPEN311",
                "IN_PROGRESS",
                OffsetDateTime.parse("2026-07-01T05:00:00Z"),
                OffsetDateTime.parse("2026-07-02T17:00:00Z"),
                null,
                null,
                null,
                null,
                null,
                METEPEC);
        assertEquals("abierto", open.onTime());
        assertEquals("api", open.channel());
        assertEquals("en_proceso", open.status());
        assertEquals("2026-06-30T23:00:00-06:00", OpenDataField.RECEIVED.text(open), "the day of the municipality");
        assertNull(open.latitude());
        assertNull(OpenDataField.BUSINESS_HOURS.text(open));
        OpenDataRow rejected = OpenDataRow.of(
                "MET-2026-000044",
                "fugas",
                "Fugas de agua",
                "Organismo de Agua",
                "San Lorenzo",
                "Pilares",
                "WEB",
                "REJECTED",
                OffsetDateTime.parse("2026-07-01T05:00:00Z"),
                OffsetDateTime.parse("2026-07-02T17:00:00Z"),
                null,
                OffsetDateTime.parse("2026-07-01T18:00:00Z"),
                null,
                null,
                null,
                METEPEC);
        assertNull(rejected.onTime());
        assertEquals("rechazado", rejected.status());
        assertEquals("2026-07-01T12:00:00-06:00", OpenDataField.CLOSED.text(rejected));
    }

    @Test
    void theHeaderIsTheDocumentedOne() {
        assertEquals(
                List.of(
                        "folio",
                        "servicio_clave",
                        "servicio",
                        "area",
                        "delegacion",
                        "colonia",
                        "canal",
                        "estado",
                        "recibido",
                        "vence",
                        "resuelto",
                        "cerrado",
                        "a_tiempo",
                        "horas_habiles",
                        "latitud",
                        "longitud"),
                OpenDataField.header());
    }
}
