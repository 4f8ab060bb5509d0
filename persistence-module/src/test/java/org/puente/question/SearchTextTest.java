package org.puente.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The search's words, written by hand: accents, plurals and genders make one word; common words drop out. */
class SearchTextTest {

    @Test
    void accentsAndPluralsMakeOneWord() {
        assertEquals("pension", SearchText.stem(SearchText.fold("pensión")));
        assertEquals("pension", SearchText.stem("pensiones"));
        assertEquals("pension", SearchText.stem("pension"));
        assertEquals(List.of("pension"), SearchText.terms("PENSIÓN"));
        assertEquals(List.of("pension"), SearchText.terms("Pensiones"));
    }

    @Test
    void theLightStemmerCutsGenderAndPlural() {
        assertEquals("licenci", SearchText.stem("licencia"));
        assertEquals("licenci", SearchText.stem("licencias"));
        assertEquals("predial", SearchText.stem("predial"));
        assertEquals("predial", SearchText.stem("prediales"));
        assertEquals("program", SearchText.stem("programas"));
        assertEquals("mes", SearchText.stem("meses"));
        assertEquals("luz", SearchText.stem("luces"));
        assertEquals("agu", SearchText.stem("agua"));
        assertEquals("agu", SearchText.stem("aguas"));
        assertEquals("pag", SearchText.stem("pago"));
        assertEquals("sol", SearchText.stem("sol"), "short words stay");
        assertEquals("2026", SearchText.stem("2026"));
    }

    @Test
    void theColumnKeepsTheWordsWithALeadingSpace() {
        assertEquals(" venc descuent predial 2026", SearchText.column("¿Cuándo vence el descuento del predial 2026?"));
        assertEquals(" pag agu recib", SearchText.column("¿Cómo pago el agua?", "Con tu recibo."));
        assertEquals("", SearchText.column("", null));
        assertEquals(List.of("senor", "nin"), SearchText.terms("señor niño"));
    }
}
