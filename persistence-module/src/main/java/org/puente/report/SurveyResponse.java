package org.puente.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The "¡Ayúdanos a mejorar!" survey of the *7311 line (seed 003), answered once per resolution of a
 * report (a report the reporter reopened is surveyed again after its next resolution), and once after a
 * petition's written response. An answer is about a report or a petition, never both; a petition's answer
 * has no "¿Conoce el servicio *7311?" ({@code knowsService} null) and no reopening.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    /** "¿Es una práctica de rendición de cuentas?": mucho, poco, nada. */
    public enum Degree {
        MUCHO,
        POCO,
        NADA
    }

    @Id
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "report_id")
    private ServiceReport report;

    @ManyToOne
    @JoinColumn(name = "petition_id")
    private org.puente.petition.Petition petition;

    /** ¿Conoce nuestro servicio de reporte a través del Sistema Integral *7311? (null for a petition) */
    @Column(name = "knows_service")
    private Boolean knowsService;

    /** ¿Qué servicios públicos se deben atender como prioritarios? */
    @Column(name = "priority_services", length = 500)
    private String priorityServices;

    /** ¿Considera la aplicación digital un vínculo de comunicación eficaz y cercana? */
    @Column(name = "effective_channel", nullable = false)
    private boolean effectiveChannel;

    /** ¿Es una práctica de rendición de cuentas? */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Degree accountability;

    @Column(name = "answered_at", nullable = false)
    private OffsetDateTime answeredAt;

    /** ¿Se resolvió el problema? (null on answers given before the question was asked). */
    @Column(name = "problem_fixed")
    private Boolean problemFixed;

    /** The reporter reopened the report with this answer. */
    @Column(nullable = false)
    private boolean reopened;

    protected SurveyResponse() {}

    public SurveyResponse(
            ServiceReport report,
            boolean knowsService,
            String priorityServices,
            boolean effectiveChannel,
            Degree accountability,
            OffsetDateTime now) {
        if (report.getStatus() != ReportStatus.RESOLVED && report.getStatus() != ReportStatus.CLOSED) {
            throw new IllegalStateException("The survey comes after the report is resolved");
        }
        this.report = report;
        this.knowsService = knowsService;
        this.priorityServices = priorityServices == null || priorityServices.isBlank()
                ? null
                : priorityServices
                        .strip()
                        .substring(0, Math.min(500, priorityServices.strip().length()));
        this.effectiveChannel = effectiveChannel;
        this.accountability = Objects.requireNonNull(accountability, "accountability");
        this.answeredAt = now;
    }

    /**
     * A petition's answer, after its written response: whether the response answered it ("¿Se atendió su
     * petición?"), whether the channel is effective and whether it is a practice of accountability.
     */
    public static SurveyResponse ofPetition(
            org.puente.petition.Petition petition,
            boolean answered,
            boolean effectiveChannel,
            Degree accountability,
            OffsetDateTime now) {
        if (petition.getStatus() != org.puente.petition.PetitionStatus.RESPONDIDA) {
            throw new IllegalStateException("The survey comes after the petition's response");
        }
        SurveyResponse s = new SurveyResponse();
        s.petition = petition;
        s.effectiveChannel = effectiveChannel;
        s.accountability = Objects.requireNonNull(accountability, "accountability");
        s.problemFixed = answered;
        s.answeredAt = now;
        return s;
    }

    /** The answer to "¿Se resolvió el problema?"; a reopening needs a "no". */
    public void answerFixed(boolean fixed, boolean reopen) {
        if (fixed && reopen) {
            throw new IllegalArgumentException("A fixed problem is not reopened");
        }
        this.problemFixed = fixed;
        this.reopened = reopen;
    }

    public Boolean getProblemFixed() {
        return problemFixed;
    }

    public boolean isReopened() {
        return reopened;
    }

    public ServiceReport getReport() {
        return report;
    }

    /** False also for a petition's answer, which was not asked. */
    public boolean isKnowsService() {
        return Boolean.TRUE.equals(knowsService);
    }

    public org.puente.petition.Petition getPetition() {
        return petition;
    }

    public String getPriorityServices() {
        return priorityServices;
    }

    public boolean isEffectiveChannel() {
        return effectiveChannel;
    }

    public Degree getAccountability() {
        return accountability;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }
}
