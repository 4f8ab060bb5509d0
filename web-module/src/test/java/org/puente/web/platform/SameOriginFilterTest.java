package org.puente.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginFilterTest {

    @Test
    void aPostFromPuentesOwnPageIsLetThrough() {
        assertTrue(SameOriginFilter.fromThisSite("https://puente.gob.mx", "same-origin", "puente.gob.mx"));
        assertTrue(SameOriginFilter.fromThisSite("http://localhost:8080", null, "localhost:8080"));
    }

    @Test
    void aPostFromAnotherSiteIsRefused() {
        assertFalse(SameOriginFilter.fromThisSite("https://evil.example", null, "puente.gob.mx"));
        assertFalse(SameOriginFilter.fromThisSite("http://localhost:9999", null, "localhost:8080"));
        assertFalse(SameOriginFilter.fromThisSite(null, "cross-site", "puente.gob.mx"), "the browser says so");
        assertFalse(SameOriginFilter.fromThisSite("null", null, "puente.gob.mx"), "a sandboxed frame");
        assertFalse(SameOriginFilter.fromThisSite("https://puente.gob.mx.evil.example", null, "puente.gob.mx"));
    }

    @Test
    void aProgramWithoutABrowserIsNotAForgery() {
        assertTrue(SameOriginFilter.fromThisSite(null, null, "puente.gob.mx"));
    }

    @Test
    void onlyRequestsThatChangeSomethingAreChecked() {
        assertFalse(SameOriginFilter.changesSomething("GET"));
        assertTrue(SameOriginFilter.changesSomething("POST"));
        assertTrue(SameOriginFilter.changesSomething("DELETE"));
    }
}
