package org.puente.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * Texts of the message bundle in the visitor's language, and the faces messages built from them.
 * Business refusals from the services carry a key; this is where they become words.
 */
@RequestScoped
public class Texts {

    public static final String BUNDLE = Messages.BUNDLE;

    @jakarta.inject.Inject
    private org.puente.web.layout.LocaleBacking language;

    /**
     * The visitor's chosen language (LocaleBacking), not the view root's: before the page renders, in
     * a view action, the view root still has the browser's Accept-Language, and the page would say its
     * refusals in another language than the rest of it.
     */
    public String get(String key, Object... arguments) {
        return Messages.text(language.getLocale(), key, arguments);
    }

    /** An error message, on a component when clientId is given, for the whole page otherwise. */
    public void error(String clientId, String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public void info(String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * Shows each refusal beside its field: the field name the service gives is the input's id
     * inside the given form (pages mark a field with a message aria-invalid).
     */
    public void show(BusinessException refusal, String formId) {
        if (refusal instanceof InvalidInputException invalid) {
            invalid.getProblems().forEach(p -> show(p, formId));
            return;
        }
        String clientId = refusal.getField() == null ? null : formId + ":" + refusal.getField();
        error(clientId, refusal.getMessageKey(), refusal.getArguments());
        FacesContext.getCurrentInstance().validationFailed();
    }
}
