package org.puente.catalog;

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
import java.util.Objects;
import org.puente.organization.Body;

/** A territorial division of a municipality that groups colonias. */
@Entity
@Table(name = "delegacion")
@NamedQuery(name = "Delegacion.byBody", query = "select d from Delegacion d where d.body = :body order by d.name")
public class Delegacion {

    @Id
    @SequenceGenerator(name = "delegacion_seq", sequenceName = "delegacion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegacion_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(nullable = false, length = 150)
    private String name;

    protected Delegacion() {}

    public Delegacion(Body body, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A delegación needs a name");
        }
        this.body = Objects.requireNonNull(body, "body");
        this.name = name.strip();
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Delegacion other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Delegacion.class.hashCode();
    }
}
