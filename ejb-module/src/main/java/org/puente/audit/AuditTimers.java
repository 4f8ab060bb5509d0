package org.puente.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/** Once a night, the audit log's lines past their retention period go (see AuditLog.purgeExpired). */
@Singleton
public class AuditTimers {

    @EJB
    private AuditLog audit;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void purge() {
        audit.purgeExpired();
    }
}
