package org.puente.arco;

/**
 * What an ARCO cancellation changed: reports whose reporter was anonymised, reports he no longer follows,
 * petitions, chat participations, e-mails not yet sent (dropped) and e-mails sent (kept without address or
 * text), and whether there was an account to close.
 */
public record Erasure(
        int reports, int followings, int petitions, int chats, int mailsDropped, int mailsForgotten, boolean account) {

    /** One line for the request's history and the audit log: counts only, nothing of the person. */
    public String summary() {
        return "reports=" + reports + " followings=" + followings + " petitions=" + petitions + " chats=" + chats
                + " mailsDropped=" + mailsDropped + " mailsForgotten=" + mailsForgotten + " account=" + account;
    }
}
