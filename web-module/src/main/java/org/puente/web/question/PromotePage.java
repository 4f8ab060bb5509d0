package org.puente.web.question;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.puente.engagement.EngagementEvent;
import org.puente.platform.BusinessException;
import org.puente.question.ChatCandidate;
import org.puente.question.QuestionPromotion;
import org.puente.question.QuestionTopic;
import org.puente.web.platform.Texts;

/**
 * /staff/promover: a moderator brings a chat's answered question into the public Q&A in two clicks: "bring it"
 * (the edit step opens with its personal data masked) and "publish". Without ?evento= the chats with answered
 * questions; with it, that chat's answered questions.
 */
@Named
@ViewScoped
public class PromotePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuestionPromotion promotion;

    @Inject
    private Texts texts;

    private Long evento;
    private List<EngagementEvent> chats = List.of();
    private List<ChatCandidate> candidates = List.of();
    private ChatCandidate chosen;
    private QuestionTopic topic;
    private String question;
    private String answer;

    public void load() {
        if (evento == null) {
            chats = promotion.chats();
        } else if (candidates.isEmpty()) {
            candidates = promotion.candidates(evento);
        }
    }

    /** The first click: the edit step opens with this question and its answer. */
    public void choose(ChatCandidate candidate) {
        chosen = candidate;
        question = candidate.question();
        answer = candidate.answer();
    }

    /** The second click: published in the Q&A, keeping the transcript's address. */
    public String publish() {
        try {
            long id = promotion.promote(chosen.messageId(), topic, question, answer);
            texts.info("question.done.promoted");
            return "/staff/pregunta?faces-redirect=true&id=" + id;
        } catch (BusinessException refusal) {
            texts.show(refusal, "promote");
            return null;
        }
    }

    public List<QuestionTopic> getTopics() {
        return Arrays.asList(QuestionTopic.values());
    }

    public List<EngagementEvent> getChats() {
        return chats;
    }

    public List<ChatCandidate> getCandidates() {
        return candidates;
    }

    public ChatCandidate getChosen() {
        return chosen;
    }

    public QuestionTopic getTopic() {
        return topic;
    }

    public void setTopic(QuestionTopic topic) {
        this.topic = topic;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Long getEvento() {
        return evento;
    }

    public void setEvento(Long evento) {
        this.evento = evento;
    }
}
