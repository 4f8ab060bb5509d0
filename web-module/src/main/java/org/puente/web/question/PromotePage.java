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
import org.puente.question.ForumCandidate;
import org.puente.question.QuestionPromotion;
import org.puente.question.QuestionTopic;
import org.puente.web.platform.Texts;

/**
 * /staff/promover: a moderator brings a chat's answered question, or a forum thread's official answer, into the
 * public Q&A in two clicks: "bring it" (the edit step opens with its personal data masked) and "publish". ?canal=foro
 * chooses forums (chats otherwise); without ?evento= the chats (or forums) with answers; with it, its candidates.
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
    private String canal;
    private List<ForumCandidate> threads = List.of();
    private ForumCandidate chosenThread;
    private List<EngagementEvent> chats = List.of();
    private List<ChatCandidate> candidates = List.of();
    private ChatCandidate chosen;
    private QuestionTopic topic;
    private String question;
    private String answer;

    public void load() {
        if (evento == null) {
            chats = isForum() ? promotion.forums() : promotion.chats();
        } else if (isForum()) {
            threads = promotion.forumCandidates(evento);
        } else if (candidates.isEmpty()) {
            candidates = promotion.candidates(evento);
        }
    }

    /** The forum's first click: the edit step opens with the thread's question and its official answer. */
    public void chooseThread(ForumCandidate candidate) {
        chosenThread = candidate;
        question = candidate.question();
        answer = candidate.answer();
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
            long id = chosenThread != null
                    ? promotion.promoteThread(chosenThread.threadId(), topic, question, answer)
                    : promotion.promote(chosen.messageId(), topic, question, answer);
            texts.info(chosenThread != null ? "question.done.promoted.forum" : "question.done.promoted");
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

    public List<ForumCandidate> getThreads() {
        return threads;
    }

    public ForumCandidate getChosenThread() {
        return chosenThread;
    }

    /** The edit step is open (a chat question or a forum thread was chosen). */
    public boolean isEditing() {
        return chosen != null || chosenThread != null;
    }

    public boolean isForum() {
        return "foro".equals(canal);
    }

    public String getCanal() {
        return canal;
    }

    public void setCanal(String canal) {
        this.canal = canal;
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
