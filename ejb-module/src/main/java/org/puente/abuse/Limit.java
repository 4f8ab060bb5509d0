package org.puente.abuse;

import java.time.Duration;

/**
 * The named limits every entry point asks {@link RateLimits} about, each with its default rule: so many
 * actions per period, refilled evenly (a limit of 10 an hour gives one more every 6 minutes). Each can be
 * changed with MicroProfile Config as {@code puente.limit.NAME = COUNT/PERIOD}, e.g. the environment
 * variable {@code PUENTE_LIMIT_REPORT_SOURCE=20/1h}.
 */
public enum Limit {

    /** Failed sign-ins from one address, whatever the name: slows password spraying down. */
    SIGN_IN_SOURCE("signin.source", 30, Duration.ofMinutes(15)),
    /**
     * Failed sign-ins of one user name from one address: the lock-out. It is counted per source so that
     * nobody elsewhere can lock the real owner out by typing wrong passwords on his name.
     */
    SIGN_IN_ACCOUNT("signin.account", 5, Duration.ofMinutes(15)),
    /**
     * Wrong one-time codes of one account at the second step of its sign-in (only someone who gave the right
     * password gets there), from any address: with 3 codes valid at a time, 5 tries every 15 minutes leave a
     * guesser about one chance in 700 a day.
     */
    SIGN_IN_CODE("signin.code", 5, Duration.ofMinutes(15)),
    /** Citizen accounts opened from one address. */
    REGISTRATION_SOURCE("registration.source", 5, Duration.ofHours(1)),
    /** Reports filed through the public web form from one address. */
    REPORT_SOURCE("report.source", 10, Duration.ofHours(1)),
    /** Messages sent through the public contact mailbox (/contacto) from one address. */
    CONTACT_SOURCE("contact.source", 10, Duration.ofHours(1)),
    /** Audience registrations through the public form from one address (issue 12, audiences). */
    AUDIENCE_SOURCE("audience.source", 10, Duration.ofHours(1)),
    /** Petitions (PQRS) filed through the public web form, and answers to a prevención, from one address. */
    PETITION_SOURCE("petition.source", 10, Duration.ofHours(1)),
    /** Reports filed through Open311 with one API key. */
    OPEN311_KEY("open311.key", 600, Duration.ofHours(1)),
    /** Reports filed through Open311 from one address. */
    OPEN311_SOURCE("open311.source", 60, Duration.ofHours(1)),
    /** Chat joins (new nicknames) from one address, over all chats. */
    CHAT_JOIN_SOURCE("chat.join.source", 10, Duration.ofMinutes(10)),
    /** Chat questions from one address, over all chats (the per-chat interval is {@code puente.chat.questionSeconds}). */
    CHAT_QUESTION_SOURCE("chat.question.source", 30, Duration.ofMinutes(10)),
    /** Forum threads and replies of one account. */
    FORUM_POST_ACCOUNT("forum.post.account", 20, Duration.ofHours(1)),
    /** Forum threads and replies from one address. */
    FORUM_POST_SOURCE("forum.post.source", 40, Duration.ofHours(1)),
    /** Tracking look-ups with a code (/seguimiento's form) from one address: guessing codes is slowed. */
    TRACKING_SOURCE("tracking.source", 120, Duration.ofMinutes(10)),
    /** Satisfaction survey answers (and reopenings) from one address. */
    SURVEY_SOURCE("survey.source", 10, Duration.ofHours(1)),
    /** Opinion survey answers (issue 13) from one address: a household or an office shares one, so it is generous. */
    OPINION_SOURCE("opinion.source", 30, Duration.ofHours(1)),
    /** ARCO requests filed on the public form (/derechos-arco) from one address. */
    ARCO_SOURCE("arco.source", 5, Duration.ofHours(1)),
    /** Downloads of one account's own personal data (each one reads all of it). */
    PERSONAL_DATA_ACCOUNT("personaldata.account", 10, Duration.ofHours(1)),
    /**
     * "Report received" e-mails to one address typed in an anonymous report (nobody confirmed it is
     * his): one a day, so the form cannot be used to mail-bomb anybody.
     */
    UNCONFIRMED_MAIL("mail.unconfirmed", 1, Duration.ofDays(1)),
    /** Public questions asked on /preguntas from one address (issue 13). */
    QUESTION_SOURCE("question.source", 10, Duration.ofHours(1)),
    /** "Tengo la misma duda" marks from one address, over all questions. */
    QUESTION_DOUBT_SOURCE("question.doubt.source", 60, Duration.ofHours(1)),
    /** A proof-of-work challenge is accepted once (the period is the longest a challenge lives). */
    CHALLENGE_USE("challenge.use", 1, Duration.ofMinutes(30));

    private final String key;
    private final LimitRule defaultRule;

    Limit(String key, long count, Duration period) {
        this.key = key;
        this.defaultRule = new LimitRule(count, period);
    }

    /** The name in the configuration: {@code puente.limit.<key>}. */
    public String key() {
        return key;
    }

    public LimitRule defaultRule() {
        return defaultRule;
    }
}
