package org.puente.web.question;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import org.puente.question.QuestionView;

/**
 * A question's schema.org QAPage as JSON-LD, written with JSON-P (which escapes quotes and control characters);
 * "&lt;", "&gt;" and "&amp;" are written as JSON unicode escapes as well, so that no text can close or confuse the
 * page's script element.
 */
final class QuestionJsonLd {

    private QuestionJsonLd() {}

    static String of(QuestionView q, String url) {
        JsonObjectBuilder question = Json.createObjectBuilder()
                .add("@type", "Question")
                .add("name", q.text().length() > 110 ? q.text().substring(0, 110) + "…" : q.text())
                .add("text", q.text())
                .add("answerCount", q.answered() ? 1 : 0)
                .add("upvoteCount", q.sameDoubt())
                .add("dateCreated", q.askedAt().toString());
        if (q.answered()) {
            question.add(
                    "acceptedAnswer",
                    Json.createObjectBuilder()
                            .add("@type", "Answer")
                            .add("text", q.answer().text())
                            .add("dateCreated", q.answer().writtenAt().toString())
                            .add("url", url)
                            .add(
                                    "author",
                                    Json.createObjectBuilder()
                                            .add("@type", "GovernmentOrganization")
                                            .add("name", q.bodyName())));
        }
        JsonObjectBuilder page = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "QAPage")
                .add("url", url)
                .add("mainEntity", question);
        StringWriter out = new StringWriter();
        Json.createWriter(out).write(page.build());
        return out.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
