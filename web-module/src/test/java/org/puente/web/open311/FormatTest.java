package org.puente.web.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void aPathsExtensionNamesItsFormatAndAnyOtherNone() {
        assertEquals(Format.JSON, Format.of("json"));
        assertEquals(Format.XML, Format.of("xml"));
        assertEquals(null, Format.of("html"));
        assertEquals(null, Format.of("JSON"), "extensions are lower case, as the spec writes them");
    }

    @Test
    void textThatXmlCannotCarryLosesOnlyThoseCharacters() {
        assertEquals("Colonia Centro", Format.xmlText("Colonia\u0000 Centro\u0007"));
        assertEquals("Línea 1\nLínea 2\tfin", Format.xmlText("Línea 1\nLínea 2\tfin"));
        assertEquals("a b", Format.xmlText("a\uD800 b\uFFFE"), "a lone surrogate and a non-character");
        assertEquals("emoji \uD83D\uDE00", Format.xmlText("emoji \uD83D\uDE00"), "a pair is a real character");
    }

    /**
     * Issue 14: XML-illegal characters broke {@code requests.xml}. A report's description is never published
     * (so one with U+0001 cannot reach it), and every text that is published goes through {@link Format#xmlText}:
     * the document parses, with the character gone.
     */
    @Test
    void requestsXmlParsesWhateverControlCharactersThePublishedTextsHold() throws Exception {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-11-23T10:00-06:00");
        String xml = Format.XML.requests(java.util.List.of(new org.puente.report.PublicReport(
                "MET-2026-000001",
                org.puente.report.ReportStatus.RECEIVED,
                "bacheo",
                "Bacheo\u0001 urgente",
                "Obras\u0008 Públicas",
                "Barrio de Santa Cruz\u0001, Metepec",
                "52140",
                new java.math.BigDecimal("19.255"),
                new java.math.BigDecimal("-99.605"),
                at,
                at,
                at.plusDays(2))));
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(
                "Bacheo urgente",
                doc.getElementsByTagName("service_name").item(0).getTextContent());
        assertEquals(
                "Obras Públicas",
                doc.getElementsByTagName("agency_responsible").item(0).getTextContent());
        assertEquals("", doc.getElementsByTagName("description").item(0).getTextContent(), "never the citizen's words");
        assertEquals(false, xml.contains("\u0001"));
    }
}
