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
}
