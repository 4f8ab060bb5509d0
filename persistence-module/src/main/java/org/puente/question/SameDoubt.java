package org.puente.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One person's "tengo la misma duda" on a question, kept so that each person counts once: the person is an
 * account ("a:" and its id) or a browser ("b:" and the SHA-256 of its random token); a unique key on the question
 * and the person guards the rule in the database too. Nothing here names anybody.
 */
@Entity
@Table(name = "public_question_doubt")
@NamedQuery(
        name = "SameDoubt.count",
        query = "select count(d) from SameDoubt d where d.question = :question and d.person = :person")
public class SameDoubt {

    @Id
    @SequenceGenerator(
            name = "public_question_doubt_seq",
            sequenceName = "public_question_doubt_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_question_doubt_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(nullable = false, length = 70, updatable = false)
    private String person;

    @Column(name = "marked_at", nullable = false, updatable = false)
    private OffsetDateTime at;

    protected SameDoubt() {}

    public SameDoubt(Question question, String person, OffsetDateTime at) {
        this.question = Objects.requireNonNull(question, "question");
        this.person = Objects.requireNonNull(person, "person");
        this.at = Objects.requireNonNull(at, "at");
    }

    /** The key of an account. */
    public static String ofAccount(long accountId) {
        return "a:" + accountId;
    }

    /** The key of a browser, from the hash of its token. */
    public static String ofBrowser(String tokenHash) {
        return "b:" + tokenHash;
    }
}
