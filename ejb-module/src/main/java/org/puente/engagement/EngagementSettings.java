package org.puente.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The agency's configuration of chats and forums: the chat windows ({@code puente.chat.windows},
 * PUENTE_CHAT_WINDOWS), how many chats may run at once ({@code puente.chat.parallel},
 * PUENTE_CHAT_PARALLEL) and the first-response time of platform incidents in business minutes
 * ({@code puente.incident.minutes}, PUENTE_INCIDENT_MINUTES).
 */
@ApplicationScoped
public class EngagementSettings {

    @Inject
    @ConfigProperty(name = "puente.chat.windows", defaultValue = EngagementRules.DEFAULT_WINDOWS)
    String windows;

    @Inject
    @ConfigProperty(name = "puente.chat.parallel", defaultValue = "2")
    int parallelChats;

    @Inject
    @ConfigProperty(name = "puente.incident.minutes", defaultValue = "30")
    int incidentMinutes;

    public List<EngagementRules.Window> windows() {
        return EngagementRules.parseWindows(windows);
    }

    public int parallelChats() {
        return Math.max(1, parallelChats);
    }

    public int incidentMinutes() {
        return Math.max(1, incidentMinutes);
    }
}
