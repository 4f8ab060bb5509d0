package org.puente.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import org.puente.cluster.Leases;

/** Once a night, the audit log's lines past their retention period go (see AuditLog.purgeExpired). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTimers {

    @EJB
    private Leases leases;

    @EJB
    private AuditLog audit;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void purge() {
        leases.runOnce("audit-purge", Duration.ofDays(1), audit::purgeExpired);
    }
}
