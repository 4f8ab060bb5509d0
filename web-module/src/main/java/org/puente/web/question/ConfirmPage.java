package org.puente.web.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.puente.question.PublicQuestions;

/** /preguntas/confirmar?token=...: the link mailed to a nickname; it sends the question to moderation. */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    private PublicQuestions questions;

    private String token;
    private boolean confirmed;

    public void load() {
        confirmed = questions.confirm(token);
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
