package org.puente.engagement;

import java.util.List;

/**
 * What an Enlace fills in to ask for a chat or forum: the kind, the topics (one for a chat), the
 * proposed schedule, the expert (an existing expert account, or his name, position, e-mail and
 * phone), notes, and optionally the scanned letter (PDF).
 */
public record NewRequest(
        EngagementKind kind,
        List<String> topics,
        ProposedSchedule schedule,
        Long expertAccountId,
        String expertName,
        String expertPosition,
        String expertEmail,
        String expertPhone,
        String notes,
        String letterName,
        byte[] letter) {

    public NewRequest {
        topics = topics == null
                ? List.of()
                : List.copyOf(topics.stream().map(t -> t == null ? "" : t).toList());
        letter = letter == null || letter.length == 0 ? null : letter.clone();
    }
}
