package org.puente.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.Steps;

/**
 * The decisions on a request: the evaluator approves it, proposes an adjustment or rejects it; the
 * Enlace of the unit accepts the adjustment, answers it with a counter-proposal or withdraws the
 * request. Every proposal is checked against the agency's rules again (a date may have aged), each
 * step is the request's own verb, and the other side is told by e-mail.
 */
@Stateless
@RolesAllowed({"ENLACE", "EVALUADOR", "ADMIN"})
public class RequestDecisions {

    private static final String FEATURE = "engagement";

    @Inject
    private EngagementAccess access;

    @EJB
    private ProposalCheck proposals;

    @EJB
    private EngagementMail mail;

    @Inject
    private Clock clock;

    // ---------------------------------------------------------------------------------------------
    // The evaluator

    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public void approve(Long id, String note) {
        EngagementRequest r = access.load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        // The proposal may have aged since it was filed (a date now in the past).
        proposals.require(r.getKind(), r.getTopics(), ProposedSchedule.of(r.getSchedule()));
        Steps.attempt(FEATURE, () -> r.approve(evaluator, now(), note));
        mail.toEnlace(r, note);
    }

    /** Proposes another date, window or topic to the Enlace. */
    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public void proposeAdjustment(Long id, ProposedSchedule schedule, List<String> topics, String note) {
        EngagementRequest r = access.load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        List<BusinessException> problems = new ArrayList<>(proposals.problems(r.getKind(), topics, schedule));
        if (blank(note)) {
            problems.add(new BusinessException("note", "engagement.note.required.adjustment"));
        }
        ProposalCheck.requireNone(problems);
        Steps.attempt(
                FEATURE, () -> r.proposeAdjustment(schedule.toSchedule(r.getKind()), topics, evaluator, now(), note));
        mail.toEnlace(r, note);
    }

    @RolesAllowed({"EVALUADOR", "ADMIN"})
    public void reject(Long id, String reason) {
        EngagementRequest r = access.load(id);
        UserAccount evaluator = access.checkEvaluator(r);
        if (blank(reason)) {
            throw new BusinessException("note", "engagement.note.required.rejection");
        }
        Steps.attempt(FEATURE, () -> r.reject(evaluator, now(), reason));
        mail.toEnlace(r, reason);
    }

    // ---------------------------------------------------------------------------------------------
    // The Enlace

    /** The Enlace accepts the evaluator's adjustment. */
    @RolesAllowed("ENLACE")
    public void acceptAdjustment(Long id, String note) {
        EngagementRequest r = access.load(id);
        UserAccount enlace = access.checkEnlace(r);
        if (r.getAdjustedSchedule() != null) {
            // The rules are checked again: the adjustment may have aged (a date now past).
            proposals.require(r.getKind(), r.getAdjustedTopics(), ProposedSchedule.of(r.getAdjustedSchedule()));
        }
        Steps.attempt(FEATURE, () -> r.acceptAdjustment(enlace, now(), note));
        mail.toEvaluators(r, note);
    }

    /** The Enlace answers the adjustment with a proposal of his own. */
    @RolesAllowed("ENLACE")
    public void counterPropose(Long id, ProposedSchedule schedule, List<String> topics, String note) {
        EngagementRequest r = access.load(id);
        UserAccount enlace = access.checkEnlace(r);
        List<BusinessException> problems = new ArrayList<>(proposals.problems(r.getKind(), topics, schedule));
        if (blank(note)) {
            problems.add(new BusinessException("note", "engagement.note.required.counter"));
        }
        ProposalCheck.requireNone(problems);
        Steps.attempt(FEATURE, () -> r.counterPropose(schedule.toSchedule(r.getKind()), topics, enlace, now(), note));
        mail.toEvaluators(r, note);
    }

    @RolesAllowed("ENLACE")
    public void withdraw(Long id, String note) {
        EngagementRequest r = access.load(id);
        UserAccount enlace = access.checkEnlace(r);
        Steps.attempt(FEATURE, () -> r.withdraw(enlace, now(), note));
        mail.toEvaluators(r, note);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
