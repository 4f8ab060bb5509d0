package org.puente.web.chat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The chat room's own calls (join, ask, catch up by polling): /api/chat/... */
@ApplicationPath("/api")
public class ChatApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ChatResource.class);
    }
}
