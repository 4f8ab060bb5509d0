package org.puente.petition;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puente.casework.CaseClock;
import org.puente.casework.CaseClocks;
import org.puente.casework.CaseDocuments;
import org.puente.casework.ClockPause;
import org.puente.casework.ClockReading;
import org.puente.casework.Folio;
import org.puente.casework.LegalClock;
import org.puente.identity.BodyScope;
import org.puente.identity.UserAccount;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.platform.Steps;
import org.puente.report.SurveyResponse;

/**
 * The filer's side of a petition after filing, mirroring ReportTracking: the tracking page by folio (more
 * for the filer himself: his tracking code, or signed in as the citizen who filed it), his documents (the
 * acuse, the response), his answer to a prevención and the one extension of his time to give it, his own
 * petitions, and the satisfaction survey after the response.
 */
@Stateless
public class PetitionTracking {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private CaseClocks clocks;

    @EJB
    private CaseDocuments documents;

    @Inject
    private BodyScope scope;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<PetitionChanged> changes;

    /** Whether a folio is a petition's (it has a series: MET-PQR-2026-000001), not a report's. */
    public static boolean isPetitionFolio(String text) {
        return Folio.looksLikeOne(text) && Folio.parse(text).series() != null;
    }

    /** The tracking view; empty when no petition has this folio. */
    public Optional<PetitionView> track(String folioText, String trackingCode) {
        return byFolio(folioText).map(p -> view(p, isFiler(p, trackingCode), trackingCode));
    }

    /** The signed-in citizen's own petitions, newest first. */
    public List<PetitionView> mine() {
        UserAccount citizen = scope.caller().orElse(null);
        if (citizen == null) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return em.createNamedQuery("Petition.ofCitizen", Petition.class)
                .setParameter("citizen", citizen)
                .setMaxResults(200)
                .getResultStream()
                .map(p -> new PetitionView(
                        p.getFolio(),
                        p.getType(),
                        p.getStatus(),
                        p.getClock().lightAt(now),
                        p.getReceivedAt(),
                        p.getClock().getDueAt(),
                        null,
                        true,
                        false,
                        List.of(),
                        null,
                        p.getRespondedAt(),
                        p.getStatus() == PetitionStatus.PREVENIDA,
                        null,
                        false,
                        List.of(),
                        null,
                        false,
                        false,
                        p.getBody().getTimeZone()))
                .toList();
    }

    /** The acuse (or, once answered, the response) as PDF, for the filer only; empty for anyone else. */
    public Optional<PetitionFile> document(String folioText, String trackingCode, boolean response) {
        return byFolio(folioText)
                .filter(p -> isFiler(p, trackingCode))
                .filter(p -> !response || p.getStatus() == PetitionStatus.RESPONDIDA)
                .map(p -> response
                        ? new PetitionFile(CaseDocuments.fileName("respuesta", p), documents.response(p))
                        : new PetitionFile(CaseDocuments.fileName("acuse", p), documents.acuse(p)));
    }

    /** The names of the files the filer attached, for the filer only (no download here); empty for anyone else. */
    public List<String> attachmentNames(String folioText, String trackingCode) {
        return byFolio(folioText)
                .filter(p -> isFiler(p, trackingCode))
                .map(p -> PetitionAttachments.summariesOf(em, p).stream()
                        .map(AttachmentSummary::fileName)
                        .toList())
                .orElse(List.of());
    }

    /** The filer completes his petition as the prevención asked: the clock runs again. */
    public void answerPrevention(String folioText, String trackingCode, String answer) {
        Petition p = ownOrRefuse(folioText, trackingCode);
        LegalClock legal = clocks.clockOf(p.getBody());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Steps.attempt("petition", () -> p.citizenAnswers(legal, answer, now));
        changes.fire(new PetitionChanged(p.getId(), PetitionEntry.Kind.CITIZEN_ANSWER));
    }

    /** The filer's one extension of his time to answer the prevención, where the terms allow it. */
    public void extendAnswerTime(String folioText, String trackingCode) {
        Petition p = ownOrRefuse(folioText, trackingCode);
        LegalClock legal = clocks.clockOf(p.getBody());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Steps.attempt("petition", () -> p.extendAnswerTime(legal, now));
        changes.fire(new PetitionChanged(p.getId(), PetitionEntry.Kind.ANSWER_TIME_EXTENDED));
    }

    /** The survey after the response, answered once. */
    public void answerSurvey(String folioText, String trackingCode, PetitionSurveyAnswers answers) {
        Petition p = ownOrRefuse(folioText, trackingCode);
        if (p.getStatus() != PetitionStatus.RESPONDIDA) {
            throw new BusinessException("survey.notYet");
        }
        List<BusinessException> problems = new ArrayList<>();
        if (answers.answered() == null) {
            problems.add(new BusinessException("answered", "survey.answer.required"));
        }
        if (answers.effectiveChannel() == null) {
            problems.add(new BusinessException("effectiveChannel", "survey.answer.required"));
        }
        if (answers.accountability() == null) {
            problems.add(new BusinessException("accountability", "survey.answer.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (answered(p)) {
            throw new BusinessException("survey.already");
        }
        em.persist(SurveyResponse.ofPetition(
                p,
                answers.answered(),
                answers.effectiveChannel(),
                answers.accountability(),
                OffsetDateTime.now(clock)));
    }

    private PetitionView view(Petition p, boolean filer, String trackingCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LegalClock legal = clocks.clockOf(p.getBody());
        CaseClock caseClock = p.getClock().clock();
        ClockReading trace = legal.trace(caseClock);
        boolean prevented = p.getStatus() == PetitionStatus.PREVENIDA;
        OffsetDateTime answerDue = prevented && caseClock.isPaused() ? caseClock.answerDue(legal) : null;
        ClockPause pause =
                caseClock.pauses().isEmpty() ? null : caseClock.pauses().get(0);
        boolean extendable = answerDue != null
                && caseClock.terms().pause() != null
                && caseClock.terms().pause().answerExtendable()
                && !pause.answerExtended()
                && !now.isAfter(answerDue);
        boolean responded = p.getStatus() == PetitionStatus.RESPONDIDA;
        boolean answered = responded && answered(p);
        return new PetitionView(
                p.getFolio(),
                p.getType(),
                p.getStatus(),
                p.getClock().lightAt(now),
                p.getReceivedAt(),
                p.getClock().getDueAt(),
                trace.firstCounted(),
                filer,
                !filer && trackingCode != null && !trackingCode.isBlank(),
                filer
                        ? p.getHistory().stream()
                                .filter(PetitionEntry::isPublic)
                                .map(e -> org.puente.casework.HistoryLine.forCitizen(
                                        e, PetitionView.byCitizen(e.getKind()), true))
                                .toList()
                        : List.of(),
                filer ? p.getResponse() : null,
                p.getRespondedAt(),
                filer && prevented,
                filer ? answerDue : null,
                filer && extendable,
                filer ? trace.steps() : List.of(),
                caseClock.terms().term().unit(),
                filer && responded && !answered,
                filer && answered,
                p.getBody().getTimeZone());
    }

    private boolean answered(Petition p) {
        return !em.createQuery("select s.id from SurveyResponse s where s.petition = :p", Long.class)
                .setParameter("p", p)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private Petition ownOrRefuse(String folioText, String trackingCode) {
        Petition p = byFolio(folioText).orElse(null);
        if (p == null || !isFiler(p, trackingCode)) {
            throw new BusinessException("error.notFound");
        }
        return p;
    }

    private Optional<Petition> byFolio(String folioText) {
        if (!isPetitionFolio(folioText)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Petition.byFolio", Petition.class)
                .setParameter("folio", Folio.parse(folioText).toString())
                .getResultStream()
                .findFirst();
    }

    private boolean isFiler(Petition p, String trackingCode) {
        if (p.isTrackedWith(trackingCode)) {
            return true;
        }
        return p.getCitizen() != null
                && scope.caller().map(p.getCitizen()::equals).orElse(false);
    }
}
