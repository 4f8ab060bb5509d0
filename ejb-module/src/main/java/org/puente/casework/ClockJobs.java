package org.puente.casework;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recalculations running on this server and the recently finished ones, for the administrator's
 * progress bar (a poll). Kept in memory: a recalculation runs on the node that started it, and the page
 * that polls it is the one that started it; a restart loses only the progress, as every chunk is committed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClockJobs {

    private static final int KEPT = 50;

    private final Map<String, RecalculationProgress> jobs = new ConcurrentHashMap<>();

    public String open() {
        if (jobs.size() > KEPT) {
            jobs.values().removeIf(RecalculationProgress::finished);
        }
        String id = UUID.randomUUID().toString();
        jobs.put(id, new RecalculationProgress(id, 0, 0, 0, false, false));
        return id;
    }

    public void update(RecalculationProgress progress) {
        jobs.put(progress.id(), progress);
    }

    public Optional<RecalculationProgress> progress(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }
}
