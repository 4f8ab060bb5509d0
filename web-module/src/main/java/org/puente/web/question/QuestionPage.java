package org.puente.web.question;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.puente.platform.BusinessException;
import org.puente.platform.Links;
import org.puente.platform.SecretTokens;
import org.puente.question.PublicQuestions;
import org.puente.question.QuestionView;
import org.puente.web.abuse.FormGuard;
import org.puente.web.platform.Texts;

/**
 * /preguntas/pregunta?id=N: a public question, its current answer with the informative-only disclaimer, the date it
 * was reviewed and its sources, the "tengo la misma duda" button (once per person: the account, or this browser's
 * random cookie) and the page's QAPage structured data. A question that is not public is a 404.
 */
@Named
@ViewScoped
public class QuestionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The cookie that makes this browser one person for "tengo la misma duda" (a random token, nothing else). */
    static final String COOKIE = "puente_duda";

    @Inject
    private PublicQuestions questions;

    @Inject
    private Links links;

    @Inject
    private FormGuard guard;

    @Inject
    private Texts texts;

    private Long id;
    private QuestionView question;
    private boolean counted;

    public void load() {
        question = questions.question(id).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    public void sameDoubt() {
        try {
            PublicQuestions.DoubtResult result = questions.sameDoubt(question.id(), browserToken(), guard.source());
            question = questions.question(question.id()).orElseThrow();
            counted = true;
            texts.info(result.counted() ? "question.doubt.counted" : "question.doubt.already");
        } catch (BusinessException refusal) {
            texts.show(refusal, "doubt");
        }
    }

    private static String browserToken() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Object cookie = context.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie c && SecretTokens.looksLikeOne(c.getValue())) {
            return c.getValue();
        }
        String token = SecretTokens.newToken();
        context.addResponseCookie(
                COOKIE,
                token,
                Map.of(
                        "maxAge",
                        60 * 60 * 24 * 365,
                        "path",
                        context.getRequestContextPath() + "/",
                        "httpOnly",
                        Boolean.TRUE,
                        "secure",
                        context.isSecure(),
                        "SameSite",
                        "Lax"));
        return token;
    }

    /** The QAPage structured data of the question. */
    public String getJsonLd() {
        return QuestionJsonLd.of(question, links.to("/preguntas/pregunta?id=" + question.id()));
    }

    public QuestionView getQuestion() {
        return question;
    }

    public boolean isCounted() {
        return counted;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
