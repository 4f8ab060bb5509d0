package org.puente.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A public body served by the platform: a state dependency, a municipality, the digital agency
 * itself... Every staff account and every piece of body-owned data belongs to exactly one.
 */
@Entity
@Table(name = "body")
@NamedQuery(name = "Body.findByCode", query = "select b from Body b where b.code = :code")
@NamedQuery(name = "Body.all", query = "select b from Body b order by b.name")
@NamedQuery(name = "Body.byKind", query = "select b from Body b where b.kind = :kind order by b.name")
public class Body {

    @Id
    @SequenceGenerator(name = "body_seq", sequenceName = "body_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "body_seq")
    private Long id;

    /** Short upper-case code, also the prefix of the body's folios (MET-2026-000001). */
    @Column(nullable = false, unique = true, length = 12)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BodyKind kind;

    /** The federal entity (estado) the body belongs to. */
    @Column(length = 100)
    private String state;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    /** The article the name takes in Spanish; null for a name without one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "name_article", length = 3)
    private NameArticle article;

    protected Body() {}

    public Body(String code, String name, BodyKind kind, String state, ZoneId timeZone) {
        if (code == null || !code.matches("[A-Z][A-Z0-9]{1,11}")) {
            throw new IllegalArgumentException("A body code is 2-12 upper-case letters or digits: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A body needs a name");
        }
        this.code = code;
        this.name = name.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.state = state;
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone").getId();
    }

    /** A body whose name takes an article in Spanish ("el" H. Ayuntamiento, "la" Secretaría). */
    public Body(String code, String name, NameArticle article, BodyKind kind, String state, ZoneId timeZone) {
        this(code, name, kind, state, timeZone);
        this.article = article;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public String getState() {
        return state;
    }

    public NameArticle getArticle() {
        return article;
    }

    /** Key of the text "de" + article + name, with the contraction Spanish needs ("del H. Ayuntamiento..."). */
    public String getOfKey() {
        return article == null ? NameArticle.NONE_OF_KEY : article.ofKey();
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isAgency() {
        return kind == BodyKind.AGENCIA;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Body other && code != null && code.equals(other.code));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
