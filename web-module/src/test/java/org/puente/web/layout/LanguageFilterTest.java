package org.puente.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageFilterTest {

    @Test
    void theSwitchComesBackToTheSamePageWithoutItsParameter() {
        assertEquals("/agenda?pagina=2", LanguageFilter.sameAddressWithout("/agenda", "idioma=en&pagina=2"));
        assertEquals("/registro", LanguageFilter.sameAddressWithout("/registro", "idioma=es"));
    }

    @Test
    void anAddressThatLooksLikeAnotherHostStaysOnThisOne() {
        assertEquals("/evil.example/", LanguageFilter.sameAddressWithout("//evil.example/", "idioma=en"));
        assertEquals("/evil.example/x", LanguageFilter.sameAddressWithout("/\\evil.example/x", "idioma=en"));
        assertEquals("/evil.example", LanguageFilter.sameAddressWithout("///evil.example", null));
    }
}
