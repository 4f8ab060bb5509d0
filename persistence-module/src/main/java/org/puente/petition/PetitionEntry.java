package org.puente.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.casework.CaseEntry;
import org.puente.identity.UserAccount;

/**
 * One step of a petition's history ({@link CaseEntry}: when, which unit, who, the text, a moved due date's
 * dates): what happened, of the petition's kinds. The citizen's
 * tracking page shows only the public kinds ({@link Kind#isPublic()}).
 */
@Entity
@Table(name = "petition_entry")
public class PetitionEntry extends CaseEntry {

    /** What a step is, and whether the citizen reads it. Text: {@code petition.entry.<NAME>}. */
    public enum Kind {
        RECEIVED(true),
        ROUTED(true),
        ASSIGNED(false),
        NOTE(false),
        EXTENDED(true),
        PREVENTION(true),
        CITIZEN_ANSWER(true),
        ANSWER_TIME_EXTENDED(true),
        RESPONDED(true),
        REFERRED(true),
        WITHDRAWN(true),
        /** A calendar change (a holiday added later) moved the due date. */
        DUE_MOVED(true),
        /** An ARCO right carried out after the answer. */
        CARRIED_OUT(true);

        private final boolean shownInPublic;

        Kind(boolean shownInPublic) {
            this.shownInPublic = shownInPublic;
        }

        public boolean isPublic() {
            return shownInPublic;
        }

        public String messageKey() {
            return this == DUE_MOVED ? "case.entry." + CaseEntry.DUE_MOVED : "petition.entry." + name();
        }
    }

    public static final int MAX_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "petition_entry_seq", sequenceName = "petition_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "petition_id", nullable = false)
    private Petition petition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Kind kind;

    protected PetitionEntry() {}

    PetitionEntry(Petition petition, Kind kind, OffsetDateTime at, UserAccount actor, String actorUnit, String text) {
        super(at, actor, actorUnit, text);
        this.petition = Objects.requireNonNull(petition, "petition");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    static PetitionEntry dueMoved(
            Petition petition, OffsetDateTime at, OffsetDateTime before, OffsetDateTime after, String why) {
        PetitionEntry e = new PetitionEntry(petition, Kind.DUE_MOVED, at, null, null, why);
        e.dueMoved(before, after);
        return e;
    }

    /** Removes the citizen's own words from this entry (an ARCO cancellation). */
    void blank() {
        blankText();
    }

    public Long getId() {
        return id;
    }

    public Petition getPetition() {
        return petition;
    }

    public Kind getKind() {
        return kind;
    }

    @Override
    public String kindName() {
        return kind.name();
    }

    @Override
    public String messageKey() {
        return kind.messageKey();
    }

    @Override
    public boolean isPublic() {
        return kind.isPublic();
    }
}
