package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.puente.engagement.RequestDecisions;

/** The Enlace's answers on /staff/solicitud: accept the adjustment, counter-propose, withdraw. */
@Named
@ViewScoped
public class EnlaceAnswers implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PROPOSAL_FIELDS = Set.of("schedule", "topics", "note");

    @Inject
    private RequestPage page;

    @Inject
    private RequestDecisions decisions;

    private String acceptNote;
    private final ProposalInput counter = new ProposalInput();
    private String counterNote;
    private String withdrawNote;

    @PostConstruct
    void init() {
        if (page.getRequest() != null) {
            counter.fill(page.currentSchedule(), page.currentTopics());
        }
    }

    public String acceptAdjustment() {
        return page.run("accept", Set.of(), () -> decisions.acceptAdjustment(page.getId(), acceptNote));
    }

    public String counterPropose() {
        return page.run(
                "counter",
                PROPOSAL_FIELDS,
                () -> decisions.counterPropose(
                        page.getId(), counter.schedule(page.getRequest().kind()), counter.topicList(), counterNote));
    }

    public String withdraw() {
        return page.run("withdraw", Set.of(), () -> decisions.withdraw(page.getId(), withdrawNote));
    }

    public ProposalInput getCounter() {
        return counter;
    }

    public String getAcceptNote() {
        return acceptNote;
    }

    public void setAcceptNote(String acceptNote) {
        this.acceptNote = acceptNote;
    }

    public String getCounterNote() {
        return counterNote;
    }

    public void setCounterNote(String counterNote) {
        this.counterNote = counterNote;
    }

    public String getWithdrawNote() {
        return withdrawNote;
    }

    public void setWithdrawNote(String withdrawNote) {
        this.withdrawNote = withdrawNote;
    }
}
