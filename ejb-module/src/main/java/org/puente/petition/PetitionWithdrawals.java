package org.puente.petition;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.puente.casework.CaseClocks;

/**
 * Closes as withdrawn a prevented petition whose citizen let his time to answer pass ({@link
 * Petition#withdrawIfSilent}), one petition per transaction, so that one that fails leaves the others done.
 * {@link PetitionTimers} calls it; tests call it with any instant.
 */
@Stateless
public class PetitionWithdrawals {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @EJB
    private CaseClocks clocks;

    @Inject
    private Event<PetitionChanged> changes;

    /** The prevented petitions: those waiting for their citizen. */
    public List<Long> waiting() {
        return em.createQuery("select p.id from Petition p where p.status = :status order by p.id", Long.class)
                .setParameter("status", PetitionStatus.PREVENIDA)
                .getResultList();
    }

    /** Closes it as withdrawn if its citizen's time passed by {@code now}; true when it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean withdrawIfSilent(Long id, OffsetDateTime now) {
        Petition p = em.find(Petition.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !p.withdrawIfSilent(clocks.clockOf(p.getBody()), now)) {
            return false;
        }
        em.flush();
        changes.fire(new PetitionChanged(p.getId(), PetitionEntry.Kind.WITHDRAWN));
        return true;
    }
}
