package org.puente.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterMembersTest {

    @Test
    void theHealthCheckSaysNoclusterWithoutADataGridOrAloneInOneAndTheAddressesOfTwoOrMore() {
        assertEquals("nocluster", ClusterMembers.describe(List.of()));
        assertEquals("nocluster", ClusterMembers.describe(List.of("10.0.0.5:5701")), "a grid of one: this node");
        assertEquals("2 members", ClusterMembers.describe(List.of("10.0.0.5:5701", "10.0.0.6:5701")));
    }

    @Test
    void aServerWithoutPayarasDataGridHasNoMembers() {
        assertEquals(List.of(), ClusterMembers.addresses(), "no JNDI here: no grid");
    }
}
