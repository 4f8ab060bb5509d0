package org.puente.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The members of Payara's data grid (its Hazelcast, JNDI {@code payara/Hazelcast}) as this node sees them: their
 * addresses, this node's first. None when the server runs without the grid. A lone server keeps a grid of one
 * (Payara Micro with {@code --nocluster} too): that is no cluster either.
 */
public final class ClusterMembers {

    /** What the health check says when there is no data grid. */
    public static final String NO_CLUSTER = "nocluster";

    private static final Logger LOG = Logger.getLogger(ClusterMembers.class.getName());
    private static final String JNDI_NAME = "payara/Hazelcast";

    private ClusterMembers() {}

    /** The members' addresses ("host:port"), or none without a data grid. */
    public static List<String> addresses() {
        try {
            Object found = InitialContext.doLookup(JNDI_NAME);
            if (found instanceof HazelcastInstance hz
                    && hz.getLifecycleService().isRunning()) {
                Member self = hz.getCluster().getLocalMember();
                return hz.getCluster().getMembers().stream()
                        .sorted((a, b) -> Boolean.compare(!a.equals(self), !b.equals(self)))
                        .map(m ->
                                m.getAddress().getHost() + ":" + m.getAddress().getPort())
                        .toList();
            }
            return List.of();
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "No data grid at " + JNDI_NAME, e);
            return List.of();
        }
    }

    /**
     * The health check's line: how many members the grid has ("3 members"), or {@link #NO_CLUSTER} for none or this
     * node alone. Never their addresses: /health is public, and a member's internal address is the operator's.
     */
    public static String describe(List<String> addresses) {
        return addresses.size() < 2 ? NO_CLUSTER : addresses.size() + " members";
    }
}
