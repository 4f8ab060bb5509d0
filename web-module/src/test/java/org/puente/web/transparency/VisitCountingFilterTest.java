package org.puente.web.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which addresses are public pages whose views are counted, and under which path. */
class VisitCountingFilterTest {

    @Test
    void publicPagesAreCountedByTheirPathAlone() {
        assertEquals("/", VisitCountingFilter.pagePath(""));
        assertEquals("/", VisitCountingFilter.pagePath("/"));
        assertEquals("/agenda", VisitCountingFilter.pagePath("/agenda"));
        assertEquals("/transparencia/participacion", VisitCountingFilter.pagePath("/transparencia/participacion"));
        assertEquals("/seguimiento", VisitCountingFilter.pagePath("/seguimiento;jsessionid=ABC123"), "no session id");
    }

    @Test
    void theIntranetApisResourcesAndFilesAreNot() {
        assertNull(VisitCountingFilter.pagePath("/staff"));
        assertNull(VisitCountingFilter.pagePath("/staff/reportes"));
        assertNull(VisitCountingFilter.pagePath("/api/chat/3/messages"));
        assertNull(VisitCountingFilter.pagePath("/open311/v2/services.json"));
        assertNull(VisitCountingFilter.pagePath("/jakarta.faces.resource/css/puente.css.xhtml"));
        assertNull(VisitCountingFilter.pagePath("/health"));
        assertNull(VisitCountingFilter.pagePath("/mi-cuenta"));
        assertNull(VisitCountingFilter.pagePath("/favicon.ico"));
        assertNull(VisitCountingFilter.pagePath("/agenda/12.ics"));
        assertNull(VisitCountingFilter.pagePath("/registro.xhtml"));
    }
}
