package org.puente.organization;

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

/** An administrative unit of a body: a municipal department, the agency's content department... */
@Entity
@Table(name = "department")
@NamedQuery(name = "Department.byBody", query = "select d from Department d where d.body = :body order by d.name")
@NamedQuery(
        name = "Department.byBodyAndName",
        query = "select d from Department d where d.body = :body and d.name = :name")
public class Department {

    @Id
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String email;

    protected Department() {}

    public Department(Body body, String name, String email) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A department needs a name");
        }
        this.body = Objects.requireNonNull(body, "body");
        this.name = name.strip();
        this.email = email;
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

    public String getEmail() {
        return email;
    }

    public boolean belongsTo(Body other) {
        return body.equals(other);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Department other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Department.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
