package org.puente.web.question;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.puente.identity.Role;
import org.puente.platform.BusinessException;
import org.puente.question.AnswerForm;
import org.puente.question.DebunkLink;
import org.puente.question.QuestionDesk;
import org.puente.question.QuestionView;
import org.puente.web.identity.CurrentUser;
import org.puente.web.platform.Texts;

/**
 * /staff/pregunta?id=N: one public question with who asked, its history and answer versions; the moderation steps
 * it allows now (publish, reject, personal case, edit the text) and, for communication staff, the answer editor
 * (a new answer supersedes the current one; it may link to a published debunk of the body) and "mark outdated". The rules are the question's own.
 */
@Named
@ViewScoped
public class QuestionDeskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private QuestionDesk desk;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Texts texts;

    private Long id;
    private QuestionView question;
    private String editText;
    private String answerText;
    private String sources;
    private Long debunkId;
    private List<DebunkLink> debunks = List.of();
    private LocalDate reviewedOn;

    public void load() {
        if (question == null) {
            if (id == null) {
                throw new BusinessException("error.notFound");
            }
            question = desk.detail(id);
            editText = question.text();
            if (question.answer() != null) {
                answerText = question.answer().text();
                sources = String.join("\n", question.answer().sources());
                debunkId = question.answer().debunk() == null
                        ? null
                        : question.answer().debunk().id();
            }
            if (isAnswerer() && question.canAnswer()) {
                debunks = desk.debunks(id);
            }
        }
    }

    public String publish() {
        return run("moderate", () -> desk.publish(question.id()), "question.done.published");
    }

    public String reject() {
        return run("moderate", () -> desk.reject(question.id()), "question.done.rejected");
    }

    public String markPersonal() {
        return run("moderate", () -> desk.markPersonal(question.id()), "question.done.personal");
    }

    public String edit() {
        return run("edit", () -> desk.edit(question.id(), editText), "question.done.edited");
    }

    public String answer() {
        // The form is "answering": a form and a field both called "answer" would make the field's message look for the
        // form.
        return run(
                "answering",
                () -> desk.answer(question.id(), new AnswerForm(answerText, sources, debunkId, reviewedOn)),
                "question.done.answered");
    }

    public String markOutdated() {
        return run("outdated", () -> desk.markOutdated(question.id()), "question.done.outdated");
    }

    private String run(String form, Supplier<?> action, String done) {
        try {
            action.get();
            texts.info(done);
            return "/staff/pregunta?faces-redirect=true&id=" + question.id();
        } catch (BusinessException refusal) {
            texts.show(refusal, form);
            return null;
        }
    }

    /** Whether the caller writes answers (communication staff and the administrator). */
    public boolean isAnswerer() {
        return currentUser
                .account()
                .map(u -> u.hasRole(Role.COMUNICACION) || u.hasRole(Role.ADMIN))
                .orElse(false);
    }

    public QuestionView getQuestion() {
        return question;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    /** The body's published debunks the answer may link to. */
    public List<DebunkLink> getDebunks() {
        return debunks;
    }

    public Long getDebunkId() {
        return debunkId;
    }

    public void setDebunkId(Long debunkId) {
        this.debunkId = debunkId;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
