package org.puente.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void pagesWithSomebodysDataAreNeverStored() {
        for (String path : new String[] {
            "/staff/",
            "/staff/reporte",
            "/seguimiento",
            "/mi-cuenta",
            "/login",
            "/api/chat/1/messages",
            "/contrasena",
            "/reporte-enviado"
        }) {
            assertTrue(SecurityHeadersFilter.isPrivate(path), path);
        }
    }

    @Test
    void publicPagesMayBeCached() {
        for (String path :
                new String[] {"/", "/agenda", "/chat", "/foro", "/aviso-de-privacidad", "/open311/v2/services.json"}) {
            assertFalse(SecurityHeadersFilter.isPrivate(path), path);
        }
    }

    @Test
    void onlyTheTransparencyCardMayBeFramedByAnySite() {
        for (String path : new String[] {"/transparencia/MET/tarjeta", "/transparencia/met/tarjeta/"}) {
            assertTrue(SecurityHeadersFilter.isEmbeddable(path), path);
        }
        for (String path : new String[] {
            "/transparencia",
            "/transparencia/MET",
            "/transparencia/MET/tarjeta/x",
            "/transparencia-tarjeta",
            "/transparencia/MET/../../staff/tarjeta",
            "/staff/transparencia/MET/tarjeta",
            "/"
        }) {
            assertFalse(SecurityHeadersFilter.isEmbeddable(path), path);
        }
        assertTrue(SecurityHeadersFilter.EMBEDDABLE_POLICY.startsWith("frame-ancestors *;"));
        assertTrue(SecurityHeadersFilter.POLICY.startsWith("frame-ancestors 'self';"));
    }
}
