package org.puente.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the sanitiser keeps and what it strips, written out by hand. */
class NewsHtmlTest {

    @Test
    void aScriptIsStrippedWithItsContent() {
        assertEquals("<p>Hola</p>", NewsHtml.clean("<p>Hola</p><script>alert('x')</script>"));
    }

    @Test
    void eventHandlersAndStylesAreStrippedTheTagsAllowedKept() {
        assertEquals(
                "<p>Foto: </p><p><strong>Importante</strong> y <em>urgente</em></p>",
                NewsHtml.clean("<p>Foto: <img src=x onerror=\"alert(1)\"></p>"
                        + "<p style=\"color:red\" onclick=\"x()\"><strong>Importante</strong> y <em>urgente</em></p>"));
        assertEquals("<b>negrita</b> <i>cursiva</i>", NewsHtml.clean("<b>negrita</b> <i>cursiva</i>"));
    }

    @Test
    void aJavascriptLinkLosesItsAddressAWebLinkGetsNofollowNoopener() {
        assertEquals(
                "<a rel=\"nofollow noopener\">clic</a>", NewsHtml.clean("<a href=\"javascript:alert(1)\">clic</a>"));
        assertEquals(
                "<a href=\"https://www.metepec.gob.mx/agua\" rel=\"nofollow noopener\">agua</a>",
                NewsHtml.clean(
                        "<a href=\"https://www.metepec.gob.mx/agua\" target=\"_blank\" rel=\"opener\">agua</a>"));
        assertEquals("<a rel=\"nofollow noopener\">relativa</a>", NewsHtml.clean("<a href=\"/agua\">relativa</a>"));
    }

    @Test
    void listsAndLineBreaksAreKeptOtherTagsLeaveTheirText() {
        assertEquals(
                "<ul><li>uno</li><li>dos<br>tres</li></ul><ol><li>a</li></ol>Título",
                NewsHtml.clean("<ul><li>uno</li><li>dos<br/>tres</li></ul><ol><li>a</li></ol><h1>Título</h1>"));
        assertEquals("5 &lt; 7 &amp; 8 &gt; 2", NewsHtml.clean("5 < 7 & 8 > 2"));
        assertEquals("", NewsHtml.clean("<sin cerrar"), "an unclosed tag is a tag, dropped");
        assertNull(NewsHtml.clean(null));
        assertEquals("Hola mundo", NewsHtml.text("<p>Hola <strong>mundo</strong></p><script>x</script>"));
    }
}
