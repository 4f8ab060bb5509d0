package org.puente.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.puente.audit.AuditAction;
import org.puente.audit.AuditLog;
import org.puente.calendar.CalendarService;
import org.puente.casework.Folio;
import org.puente.platform.AccessDeniedException;
import org.puente.platform.BusinessException;
import org.puente.platform.Steps;

/**
 * The staff's steps on one report: take, start, resolve (with evidence), close, reopen, reject, mark
 * as duplicate, and internal notes. The report itself refuses a step its status does not allow
 * ({@link ServiceReport#stepsFor}); each step taken is recorded, audited and told to the reporter and
 * the followers by e-mail ({@link ReportNotices}).
 */
@Stateless
@RolesAllowed({"AGENTE", "GERENTE", "OPERADOR", "ADMIN"})
public class ReportSteps {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private ReportAccess access;

    @EJB
    private CalendarService calendars;

    @EJB
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private ReportChanges changes;

    /** The caller (an agent of the report's department) takes the report. */
    public void take(Long id, String note) {
        ServiceReport r = access.report(id);
        step(r, () -> r.assignTo(access.caller(), access.caller(), now(), note));
    }

    public void startWork(Long id, String note) {
        ServiceReport r = access.report(id);
        step(r, () -> r.startWork(access.caller(), now(), note));
    }

    public void resolve(Long id, String note) {
        resolve(id, note, null);
    }

    /**
     * Resolves the report, with a photo as evidence when one is given (checked by its content like
     * the reporter's photos, at most 5 MB); the reporter sees it on his tracking page.
     */
    public void resolve(Long id, String note, byte[] evidence) {
        ServiceReport r = access.report(id);
        requireNote(note, "resolution");
        PhotoCleaner.Clean photo = evidence == null ? null : evidencePhoto(evidence);
        OffsetDateTime now = now();
        java.time.ZoneId zone = r.getBody().getTimeZone();
        Duration taken = calendars
                .businessTime(
                        r.getBody(), r.getReceivedAt().atZoneSameInstant(zone).getYear())
                .between(r.getReceivedAt(), now);
        step(r, () -> {
            r.resolve(access.caller(), now, note, taken);
            if (photo != null) {
                r.attachEvidence(photo.type(), photo.data());
            }
        });
    }

    /** The evidence photo checked like the reporter's and cleaned of its metadata (see PhotoCleaner). */
    private static PhotoCleaner.Clean evidencePhoto(byte[] evidence) {
        if (evidence.length > ReportPhoto.MAX_BYTES) {
            throw new BusinessException("evidence", "report.photo.tooLarge", ReportPhoto.MAX_BYTES / (1024 * 1024));
        }
        return PhotoCleaner.clean(evidence, "evidence");
    }

    /**
     * A note among staff (an operator's too: "the neighbour called again"). It takes its own path,
     * not {@link #step}: it changes no status and nobody outside the staff is told or shown it.
     */
    public void addInternalNote(Long id, String note) {
        ServiceReport r = access.report(id);
        if (note == null || note.isBlank()) {
            throw new BusinessException("internalNote", "report.internalNote.required");
        }
        Steps.attempt("report", () -> r.noteInternally(access.caller(), now(), note));
        audit.record(AuditAction.REPORT_NOTE_ADDED, "report", r.getFolio(), null);
    }

    public void close(Long id, String note) {
        ServiceReport r = access.report(id);
        step(r, () -> r.close(access.caller(), now(), note));
    }

    public void reopen(Long id, String note) {
        ServiceReport r = access.report(id);
        requireNote(note, "reopen");
        step(r, () -> r.reopen(access.caller(), now(), note));
    }

    public void reject(Long id, String reason) {
        ServiceReport r = access.report(id);
        requireNote(reason, "rejection");
        step(r, () -> r.reject(access.caller(), now(), reason));
    }

    public void markDuplicate(Long id, String originalFolio) {
        ServiceReport r = access.report(id);
        ServiceReport original = Folio.looksLikeOne(originalFolio)
                ? em.createNamedQuery("ServiceReport.byFolio", ServiceReport.class)
                        .setParameter("folio", Folio.parse(originalFolio).toString())
                        .getResultStream()
                        .findFirst()
                        .orElse(null)
                : null;
        if (original == null || !original.getBody().equals(r.getBody()) || original.equals(r)) {
            throw new BusinessException("original", "report.duplicate.unknown");
        }
        step(r, () -> r.markDuplicateOf(original, access.caller(), now()));
    }

    /**
     * Takes a status step as the caller (who must work reports: an operator only files and notes),
     * records it and tells the reporter and the followers.
     */
    private void step(ServiceReport r, Runnable change) {
        if (!ServiceReport.worksReports(access.caller())) {
            throw new AccessDeniedException();
        }
        Steps.attempt("report", change);
        changes.stepTaken(r);
    }

    private static void requireNote(String note, String what) {
        if (note == null || note.isBlank()) {
            throw new BusinessException("note", "report.note.required." + what);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
