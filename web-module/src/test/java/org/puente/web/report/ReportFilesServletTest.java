package org.puente.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.puente.report.DeadlineState;
import org.puente.report.ExportRow;
import org.puente.report.ReportStatus;
import org.puente.web.platform.SpreadsheetCsv;
import org.puente.web.platform.Texts;

/** The staff CSV export's lines (written by SpreadsheetCsv, RFC 4180): Spanish labels, the municipality's local time to the minute, street and description. */
class ReportFilesServletTest {

    private final ResourceBundle spanish = ResourceBundle.getBundle(Texts.BUNDLE, Locale.forLanguageTag("es-MX"));

    @Test
    void aLineHasSpanishLabelsLocalTimesAndTheStreetAndDescription() {
        ExportRow row = new ExportRow(
                "MET-2026-000042",
                "Bacheo",
                "Barrio de Santa Cruz",
                "Dirección de Obras Públicas",
                ReportStatus.RESOLVED,
                DeadlineState.ON_TIME,
                OffsetDateTime.parse("2026-12-01T21:59:30.123456Z"),
                OffsetDateTime.parse("2026-12-04T00:05:59.999999Z"),
                "Jorge Luis Pérez Nava",
                "Avenida Tecnológico 12",
                "Bache \"grande\"\nen la esquina",
                "America/Mexico_City");
        assertEquals(
                "MET-2026-000042,Bacheo,Barrio de Santa Cruz,Dirección de Obras Públicas,"
                        + "Resuelto,En tiempo,2026-12-01 15:59,2026-12-03 18:05,Jorge Luis Pérez Nava,"
                        + "Avenida Tecnológico 12,\"Bache \"\"grande\"\"\nen la esquina\"",
                SpreadsheetCsv.line(ReportFilesServlet.cells(row, spanish)));
    }

    @Test
    void anOverdueOpenReportWithoutStreetOrAssigneeLeavesThoseCellsEmptyAndAFormulaIsNeutralised() {
        ExportRow row = new ExportRow(
                "MET-2026-000043",
                "Bacheo",
                "Pilares",
                "Dirección de Obras Públicas",
                ReportStatus.IN_PROGRESS,
                DeadlineState.OVERDUE,
                OffsetDateTime.parse("2026-06-30T23:30:00Z"),
                OffsetDateTime.parse("2026-07-02T17:00:00Z"),
                null,
                null,
                "=HYPERLINK(\"x\")",
                "America/Mexico_City");
        assertEquals(
                "MET-2026-000043,Bacheo,Pilares,Dirección de Obras Públicas,En proceso,"
                        + "Vencido,2026-06-30 17:30,2026-07-02 11:00,,,\"'=HYPERLINK(\"\"x\"\")\"",
                SpreadsheetCsv.line(ReportFilesServlet.cells(row, spanish)));
        assertEquals(
                "folio,servicio,colonia,area,estado,plazo,recibido,vence,responsable,calle,descripcion",
                SpreadsheetCsv.line(ReportFilesServlet.HEADER.toArray()));
    }
}
