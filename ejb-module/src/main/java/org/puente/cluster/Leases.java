package org.puente.cluster;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Timers once per period across the cluster. Every node's timer fires; each calls {@link #runOnce}, and the work
 * runs on the one node that gets the period's lease (see {@link LeaseRules}). The lease is taken and given back in
 * short transactions of its own; the work runs outside any transaction of the timer, so what it commits is
 * committed before the lease is given back.
 *
 * <p>Not for a node's own chores (PageViews flushes the counts it holds in its own memory: every node must), nor
 * for work that is shared out row by row (the outbox: each node claims its own batch of e-mails, see
 * {@code org.puente.notification.OutboxClaims}, so every node sends).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Leases {

    private static final Logger LOG = Logger.getLogger(Leases.class.getName());

    @EJB
    private LeaseStore store;

    @Inject
    private ClusterNode node;

    /**
     * Runs {@code work} here if no other node ran it in this window of {@code period}; {@code period} is the
     * timer's interval (or, for a daily or monthly schedule, a day).
     *
     * @return whether it ran here
     */
    public boolean runOnce(String name, Duration period, Runnable work) {
        return runOnceAs(node.name(), name, period, work);
    }

    /** {@link #runOnce} as the node {@code holder} (the tests play two nodes in one server). */
    public boolean runOnceAs(String holder, String name, Duration period, Runnable work) {
        boolean ran = LeaseRound.run(store, name, holder, store.now(), period, work);
        if (!ran) {
            LOG.fine(() -> name + ": this window's work is another node's");
        }
        return ran;
    }
}
