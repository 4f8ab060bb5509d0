package org.puente.engagement;

/** What a unit asks the agency for: a live chat with an expert, or a forum open for 1 to 4 weeks. */
public enum EngagementKind {
    CHAT,
    FORUM;

    public String messageKey() {
        return "engagement.kind." + name();
    }
}
