package org.puente.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.puente.identity.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The menu's table of who may use which page says the same as web.xml's security constraints. */
class StaffPageTest {

    @Test
    void everyMenuEntryIsGuardedByTheSameRolesOnTheServer() throws Exception {
        Map<String, Set<String>> constraints = constraints();
        for (StaffPage page : StaffPage.values()) {
            Set<String> menuRoles = page.getRoles().stream().map(Role::name).collect(Collectors.toSet());
            Set<String> exact = constraints.get(page.getPath());
            if (exact != null) {
                assertEquals(exact, menuRoles, page + " in web.xml and in the menu");
            } else {
                assertTrue(
                        constraints.get("/staff/*").containsAll(menuRoles), page + " is within the intranet's roles");
            }
        }
        Set<String> staffRoles = EnumSet.allOf(Role.class).stream()
                .filter(Role::isStaff)
                .map(Role::name)
                .collect(Collectors.toSet());
        assertEquals(staffRoles, constraints.get("/staff/*"), "the intranet is for every staff role and only those");
    }

    private static Map<String, Set<String>> constraints() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        Map<String, Set<String>> byPattern = new HashMap<>();
        NodeList list = webXml.getElementsByTagName("security-constraint");
        for (int i = 0; i < list.getLength(); i++) {
            Element constraint = (Element) list.item(i);
            Set<String> roles = texts(constraint.getElementsByTagName("role-name"));
            for (String pattern : texts(constraint.getElementsByTagName("url-pattern"))) {
                byPattern.put(pattern, roles);
            }
        }
        return byPattern;
    }

    private static Set<String> texts(NodeList nodes) {
        Set<String> values = new java.util.HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }
}
