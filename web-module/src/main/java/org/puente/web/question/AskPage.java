package org.puente.web.question;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.platform.BusinessException;
import org.puente.question.AskForm;
import org.puente.question.AskResult;
import org.puente.question.PersonalData;
import org.puente.question.PublicQuestions;
import org.puente.question.QuestionRow;
import org.puente.question.QuestionTopic;
import org.puente.web.abuse.FormGuard;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.Texts;

/**
 * /preguntas/preguntar: the ask form. While the citizen types, the answered questions that match show under the
 * field (an ajax request after a pause); on sending, the outcome shows in place: confirm the e-mail, in
 * moderation, or a personal case with the private channel offered (the text goes there through the session).
 */
@Named
@ViewScoped
public class AskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicQuestions questions;

    @Inject
    private OrganizationService organizations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PrivateChannelDraft draft;

    @Inject
    private FormGuard guard;

    @Inject
    private Texts texts;

    private List<Body> municipalities;
    private Long bodyId;
    private QuestionTopic topic;
    private String text;
    private String nickname;
    private String email;
    private boolean privacyConsent;
    private List<QuestionRow> suggestions = List.of();
    private AskResult result;

    @PostConstruct
    void init() {
        municipalities = organizations.municipalities();
        bodyId = municipalities.isEmpty() ? null : municipalities.get(0).getId();
    }

    /** The answered questions that match what is typed so far. */
    public void suggest() {
        suggestions = questions.suggestions(bodyId, text);
    }

    public String ask() {
        try {
            result = questions.ask(new AskForm(bodyId, topic, text, nickname, email, privacyConsent), guard.source());
            suggestions = List.of();
            return null;
        } catch (BusinessException refusal) {
            texts.show(refusal, "ask");
            return null;
        }
    }

    /** Takes the personal case to the petition (PQRS) form, its text prefilled through the session. */
    public String toPetition() {
        draft.keep(bodyId, text);
        return "/peticion?faces-redirect=true";
    }

    /** Takes the personal case to the report form, its text prefilled through the session. */
    public String toReport() {
        draft.keep(bodyId, text);
        return "/reportar?faces-redirect=true";
    }

    public boolean isSignedIn() {
        return currentUser.account().isPresent();
    }

    public List<QuestionTopic> getTopics() {
        return Arrays.asList(QuestionTopic.values());
    }

    public List<Body> getMunicipalities() {
        return municipalities;
    }

    public List<QuestionRow> getSuggestions() {
        return suggestions;
    }

    public AskResult getResult() {
        return result;
    }

    /** The outcome's name once asked ("" before). */
    public String getOutcome() {
        return result == null ? "" : result.outcome().name();
    }

    /** The personal data found in a personal case, in a fixed order. */
    public List<PersonalData.Kind> getFound() {
        return result == null ? List.of() : result.found().stream().sorted().toList();
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public QuestionTopic getTopic() {
        return topic;
    }

    public void setTopic(QuestionTopic topic) {
        this.topic = topic;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }
}
