package org.puente.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** A neighbourhood (colonia, barrio, fraccionamiento) of a municipality, with its approximate centre. */
@Entity
@Table(name = "colonia")
@NamedQuery(
        name = "Colonia.byBody",
        query = "select c from Colonia c join fetch c.delegacion d" + " where d.body = :body order by c.name")
@NamedQuery(name = "Colonia.countByBody", query = "select count(c) from Colonia c where c.delegacion.body = :body")
public class Colonia {

    @Id
    @SequenceGenerator(name = "colonia_seq", sequenceName = "colonia_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "colonia_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delegacion_id", nullable = false)
    private Delegacion delegacion;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Embedded
    private GeoPoint centre;

    protected Colonia() {}

    public Colonia(Delegacion delegacion, String name, String postalCode, GeoPoint centre) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A colonia needs a name");
        }
        if (postalCode != null && !postalCode.matches("\\d{5}")) {
            throw new IllegalArgumentException("A Mexican postal code has five digits: " + postalCode);
        }
        this.delegacion = Objects.requireNonNull(delegacion, "delegacion");
        this.name = name.strip();
        this.postalCode = postalCode;
        this.centre = centre;
    }

    public Long getId() {
        return id;
    }

    public Delegacion getDelegacion() {
        return delegacion;
    }

    public String getName() {
        return name;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public GeoPoint getCentre() {
        return centre;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Colonia other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Colonia.class.hashCode();
    }
}
