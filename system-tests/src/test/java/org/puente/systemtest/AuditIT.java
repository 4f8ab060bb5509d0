package org.puente.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The audit log as an administrator reads it, and as nobody else may. */
class AuditIT extends SharedBrowser {

    @AfterEach
    void signOut() {
        if (!browser.all("#logout input[type=submit]").isEmpty()) {
            browser.signOut();
        }
    }

    @Test
    void anAgentOpeningAReportIsInTheLogThatTheAdministratorSearchesAndVerifies() throws Exception {
        String folio;
        long id;
        try (java.sql.Connection c = TestDatabase.connect()) {
            id = TestDatabase.id(
                    c,
                    "select max(r.id) from service_report r join department d on d.id = r.department_id"
                            + " where d.name = 'Dirección de Obras Públicas'");
            try (var q = c.prepareStatement("select folio from service_report where id = ?")) {
                q.setLong(1, id);
                try (var rows = q.executeQuery()) {
                    rows.next();
                    folio = rows.getString(1);
                }
            }
        }
        browser.signIn("agente", "demo");
        browser.open("/staff/reporte?id=" + id);
        assertTrue(browser.text("h1").startsWith(folio), browser.text("h1"));
        browser.signOut();

        browser.signIn("admin", "demo");
        browser.open("/staff/auditoria?folio=" + folio);
        assertEquals("Bitácora de auditoría", browser.text("h1"));
        List<String> actions = browser.all("#entries tbody tr td:nth-child(4)").stream()
                .map(WebElement::getText)
                .map(t -> t.replaceFirst("^Acción\\s*", ""))
                .toList();
        assertTrue(actions.contains("Consultó un reporte"), actions.toString());
        String table = browser.text("#entries");
        assertTrue(table.contains("agente") && table.contains(folio), table);
        browser.assertAccessible();
        browser.screenshot("audit-log");
        browser.phoneScreenshot("audit-log-phone");

        browser.clickAndWait("#verify");
        assertTrue(browser.text("#verification").startsWith("La cadena está íntegra"), browser.text("#verification"));
        assertEquals("1", browser.attribute("#verify", "value"));
        assertTrue(
                browser.path().contains("verificar=1") && browser.path().contains("folio=" + folio),
                "the search stays in the address: " + browser.path());

        browser.open("/staff/auditoria?desde=2026-02-30&accion=NADA&pagina=x");
        String page = browser.pageText();
        assertTrue(page.contains("Una fecha no se pudo leer"), page);
        assertTrue(page.contains("Esa acción no existe"), page);
        assertTrue(page.contains("El número de página no es válido"), page);
        assertFalse(page.contains("Exception"), page);
    }

    @Test
    void nobodyButAnAdministratorOpensTheLog() {
        for (String user : List.of("gerente", "agente", "evaluador")) {
            browser.signIn(user, "demo");
            browser.open("/staff/auditoria");
            assertEquals("No tienes acceso a esta página", browser.text("h1"), user);
            browser.signOut();
        }
    }
}
