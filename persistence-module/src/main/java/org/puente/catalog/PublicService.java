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
import jakarta.persistence.Version;
import java.util.Objects;
import org.puente.organization.Body;
import org.puente.organization.Department;

/**
 * One public service of a municipality's catalogue (bacheo, alumbrado público...): citizens report
 * problems with it, and its owning department must resolve them within its deadline.
 */
@Entity
@Table(name = "public_service")
@NamedQuery(
        name = "PublicService.byBody",
        query = "select s from PublicService s join fetch s.department" + " where s.body = :body order by s.name")
@NamedQuery(
        name = "PublicService.activeByBody",
        query = "select s from PublicService s" + " where s.body = :body and s.active = true order by s.name")
@NamedQuery(
        name = "PublicService.activeByBodyAndCode",
        query = "select s from PublicService s" + " where s.body = :body and s.code = :code and s.active = true")
@NamedQuery(
        name = "PublicService.byDepartment",
        query = "select s from PublicService s where s.department = :department order by s.name")
public class PublicService {

    public static final int DEFAULT_DEADLINE_HOURS = 48;

    @Id
    @SequenceGenerator(name = "public_service_seq", sequenceName = "public_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_service_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    /** Stable code, unique within the body; also the Open311 service_code. */
    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 500)
    private String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    private Department department;

    /** Deadline to resolve a report, in business hours of the body's calendar. */
    @Column(name = "deadline_hours", nullable = false)
    private int deadlineHours;

    @Column(nullable = false)
    private boolean active;

    @Version
    private int version;

    protected PublicService() {}

    public PublicService(Department department, String code, String name, String description, int deadlineHours) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException("A service code is 2-40 lower-case letters, digits or dashes: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A service needs a name");
        }
        this.department = Objects.requireNonNull(department, "department");
        this.body = department.getBody();
        this.code = code;
        this.name = name.strip();
        this.description = description;
        changeDeadline(deadlineHours);
        this.active = true;
    }

    /** Hands the service to another department of the same body. */
    public void assignTo(Department newOwner) {
        if (!newOwner.belongsTo(body)) {
            throw new IllegalArgumentException("A service stays within its body");
        }
        this.department = newOwner;
    }

    public void changeDeadline(int hours) {
        if (hours < 1 || hours > 2000) {
            throw new IllegalArgumentException("A deadline is 1-2000 business hours: " + hours);
        }
        this.deadlineHours = hours;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Department getDepartment() {
        return department;
    }

    public int getDeadlineHours() {
        return deadlineHours;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PublicService other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return PublicService.class.hashCode();
    }
}
