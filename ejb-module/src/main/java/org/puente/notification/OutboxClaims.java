package org.puente.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which sender sends which e-mail. A claim is a short transaction of its own, committed before anything is sent:
 * it locks a batch of due, unclaimed messages with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2 both take
 * it), so that a second sender claiming at the same moment skips those rows and gets the next ones instead of
 * waiting, and writes on each who has it and until when.
 */
@Stateless
public class OutboxClaims {

    /**
     * The due messages nobody has (or whose claim ran out), oldest turn first. The claim's columns are tested
     * again by the entity ({@link OutboxMessage#claim}) under the same locks.
     */
    private static final String DUE = "select id from outbox_message where sent_at is null and attempts < ?1"
            + " and next_attempt_at <= ?2 and (claimed_until is null or claimed_until <= ?2)"
            + " order by next_attempt_at, id fetch first %d rows only for update skip locked";

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    /** Claims up to {@code limit} due messages for {@code node} until {@code until}; their ids, in sending order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claim(String node, OffsetDateTime now, OffsetDateTime until, int limit) {
        List<?> rows = em.createNativeQuery(DUE.formatted(limit))
                .setParameter(1, OutboxMessage.MAX_ATTEMPTS)
                .setParameter(2, now)
                .getResultList();
        List<Long> ids = rows.stream().map(id -> ((Number) id).longValue()).toList();
        for (Long id : ids) {
            em.find(OutboxMessage.class, id).claim(node, until, now);
        }
        return ids;
    }

    /** Gives back {@code node}'s claims on the messages {@code ids} not sent yet, for any sender's next round. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String node, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update OutboxMessage m set m.claimedBy = null, m.claimedUntil = null"
                        + " where m.id in :ids and m.claimedBy = :node and m.sentAt is null")
                .setParameter("ids", ids)
                .setParameter("node", node)
                .executeUpdate();
    }

    /**
     * The message {@code id}, locked until the caller's transaction ends, if {@code node}'s claim on it still holds;
     * otherwise nothing (it was sent, or the claim ran out and another node may have it).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMessage held(long id, String node, OffsetDateTime now) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        return message != null && message.claimedBy(node, now) ? message : null;
    }
}
