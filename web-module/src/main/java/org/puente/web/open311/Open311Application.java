package org.puente.web.open311;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Open311 for mobile apps and other systems: Service Discovery (/open311/discovery.json) and GeoReport v2 (/open311/v2/...). */
@ApplicationPath("/open311")
public class Open311Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DiscoveryResource.class, Open311Resource.class, Open311Error.Mapper.class);
    }
}
