package org.puente.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Form fields are written with the tags of WEB-INF/puente.taglib.xml (pu:text, pu:select...), which give every input
 * its label, hint, message, aria-describedby and aria-invalid one way, not as hand-written blocks in the pages.
 */
class FormFieldPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    /** A hand-written field's aria-invalid: only the tags compute it (pu:invalid). */
    private static final String HAND_WRITTEN = "getMessageList(component.clientId)";

    @Test
    void noPageWritesAFieldByHand() throws IOException {
        List<String> handWritten =
                pages().filter(page -> read(page).contains(HAND_WRITTEN)).toList();
        assertEquals(List.of(), handWritten, "write these pages' fields with the pu: tags (WEB-INF/puente.taglib.xml)");
    }

    @Test
    void theTagsAreRegistered() throws IOException {
        String taglib = Files.readString(WEBAPP.resolve("WEB-INF/puente.taglib.xml"));
        String webXml = Files.readString(WEBAPP.resolve("WEB-INF/web.xml"));
        assertTrue(
                webXml.contains("<param-value>/WEB-INF/puente.taglib.xml</param-value>"), "web.xml names the taglib");
        for (String tag : List.of("text", "secret", "textarea", "select", "checkbox", "field")) {
            assertTrue(taglib.contains("<source>tags/" + tag + ".xhtml</source>"), tag + " is registered");
            assertTrue(Files.exists(WEBAPP.resolve("WEB-INF/tags/" + tag + ".xhtml")), tag + "'s tag file exists");
        }
    }

    /** The .xhtml files under webapp, as paths relative to it with forward slashes, the tag files left out. */
    private static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files
                    .filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> WEBAPP.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("WEB-INF/tags/"))
                    .toList()
                    .stream();
        }
    }

    private static String read(String page) {
        try {
            return Files.readString(WEBAPP.resolve(page));
        } catch (IOException e) {
            throw new IllegalStateException(page, e);
        }
    }
}
