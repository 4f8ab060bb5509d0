package org.puente.hoax;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.puente.communication.Change;
import org.puente.communication.PublicationEntry;
import org.puente.communication.PublicationStatus;
import org.puente.identity.UserAccount;

/** One line of a debunk's history (who wrote, corrected, published or withdrew it, and when). */
@Entity
@Table(name = "hoax_update")
public class HoaxUpdate extends PublicationEntry {

    @Id
    @SequenceGenerator(name = "hoax_update_seq", sequenceName = "hoax_update_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hoax_update_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hoax_id", nullable = false, updatable = false)
    private Hoax hoax;

    protected HoaxUpdate() {}

    HoaxUpdate(Hoax hoax, Change kind, OffsetDateTime at, PublicationStatus status, UserAccount author) {
        super(kind, at, status, author);
        this.hoax = Objects.requireNonNull(hoax, "hoax");
    }

    public Long getId() {
        return id;
    }
}
