package org.puente.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.puente.cluster.ClusterMembers;
import org.puente.cluster.ClusterNode;

/**
 * Which node answered /health and which data grid it is part of: its name (the lease holder's name, see
 * {@link ClusterNode}) and how many members the grid has, or "nocluster". Always up: a node alone still serves.
 */
@Readiness
@ApplicationScoped
public class ClusterHealthCheck implements HealthCheck {

    @Inject
    private ClusterNode node;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cluster")
                .up()
                .withData("node", node.name())
                .withData("members", ClusterMembers.describe(ClusterMembers.addresses()))
                .build();
    }
}
