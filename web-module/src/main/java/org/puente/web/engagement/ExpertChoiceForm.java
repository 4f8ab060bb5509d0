package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.puente.engagement.ExpertAssignment;
import org.puente.engagement.ExpertInput;
import org.puente.engagement.PersonRow;
import org.puente.engagement.RequestDetail;
import org.puente.engagement.RequestQueries;
import org.puente.engagement.RequestStep;
import org.puente.web.platform.Texts;

/** The evaluator's form on /staff/solicitud that confirms the expert: the proposed one, an account, or another person. */
@Named
@ViewScoped
public class ExpertChoiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whom the evaluator confirms as expert. */
    public enum Choice {
        PROPOSED,
        ACCOUNT,
        PERSON
    }

    @Inject
    private RequestPage page;

    @Inject
    private ExpertAssignment assignment;

    @Inject
    private RequestQueries queries;

    @Inject
    private Texts texts;

    private List<PersonRow> experts = List.of();
    private Choice choice = Choice.PROPOSED;
    private Long accountId;
    private String otherName;
    private String otherEmail;
    private String note;

    @PostConstruct
    void init() {
        if (page.can(RequestStep.CONFIRM_EXPERT)) {
            experts = queries.experts();
        }
    }

    public String confirm() {
        if (choice == Choice.ACCOUNT && accountId == null) {
            texts.error("assign:expert", "engagement.expert.choose");
            return null;
        }
        return page.run(
                "assign",
                Set.of("expert", "expertName", "expertEmail"),
                () -> assignment.confirmExpert(
                        page.getId(),
                        choice == Choice.ACCOUNT ? accountId : null,
                        choice == Choice.PERSON ? new ExpertInput(otherName, otherEmail) : null,
                        note));
    }

    /** The label of a choice: the proposed person by name. */
    public String label(Choice c) {
        RequestDetail r = page.getRequest();
        return switch (c) {
            case PROPOSED -> r.expertAccountId() != null
                    ? texts.get("request.expert.choice.PROPOSED", r.expertAccountName())
                    : texts.get("request.expert.choice.PROPOSED.new", r.expertName(), r.expertEmail());
            case ACCOUNT -> texts.get("request.expert.choice.ACCOUNT");
            case PERSON -> texts.get("request.expert.choice.PERSON");
        };
    }

    public Choice[] getChoices() {
        return Choice.values();
    }

    public List<PersonRow> getExperts() {
        return experts;
    }

    public Choice getChoice() {
        return choice;
    }

    public void setChoice(Choice choice) {
        this.choice = choice;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getOtherName() {
        return otherName;
    }

    public void setOtherName(String otherName) {
        this.otherName = otherName;
    }

    public String getOtherEmail() {
        return otherEmail;
    }

    public void setOtherEmail(String otherEmail) {
        this.otherEmail = otherEmail;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
