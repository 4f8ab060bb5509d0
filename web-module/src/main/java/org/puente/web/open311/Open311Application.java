package org.puente.web.open311;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The Open311 GeoReport v2 API, for mobile apps and other systems: /open311/v2/... */
@ApplicationPath("/open311/v2")
public class Open311Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Open311Resource.class, Open311Error.Mapper.class);
    }
}
