package org.puente.question;

import java.io.Serializable;
import org.puente.hoax.Hoax;
import org.puente.hoax.Verdict;

/** A debunk an answer links to (or staff may link to): its page's id, the claim and the verdict. */
public record DebunkLink(long id, String claim, Verdict verdict) implements Serializable {

    static DebunkLink of(Hoax h) {
        return new DebunkLink(h.getId(), h.getClaim(), h.getVerdict());
    }
}
