package org.puente.web.chat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The JSON calls under /api: the chat room's (join, ask, catch up by polling), the transparency figures, the metrics. */
@ApplicationPath("/api")
public class ChatApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ChatResource.class,
                org.puente.web.transparency.TransparencyResource.class,
                FormBodyRequired.class,
                org.puente.web.casework.ClockAdminResource.class,
                org.puente.web.operations.MetricsResource.class);
    }
}
