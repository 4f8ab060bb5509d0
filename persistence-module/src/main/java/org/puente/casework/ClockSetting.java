package org.puente.casework;

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
import org.puente.identity.UserAccount;
import org.puente.organization.Body;

/**
 * The legal clock an administrator set for one case type of one body: the preset it started from and the
 * terms as edited. Cases received from then on run on these terms; cases already open keep the terms they
 * were received under. A body and case type without a setting run on the type's default preset.
 */
@Entity
@Table(name = "clock_setting")
@NamedQuery(
        name = "ClockSetting.of",
        query = "select s from ClockSetting s where s.body = :body and s.caseType = :caseType")
@NamedQuery(name = "ClockSetting.ofBody", query = "select s from ClockSetting s where s.body = :body")
public class ClockSetting {

    @Id
    @SequenceGenerator(name = "clock_setting_seq", sequenceName = "clock_setting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clock_setting_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id", nullable = false)
    private Body body;

    @Column(name = "case_type", nullable = false, length = 30)
    private String caseType;

    @Column(name = "preset_code", nullable = false, length = 30)
    private String presetCode;

    @Column(nullable = false, length = 200)
    private String terms;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @ManyToOne
    @JoinColumn(name = "changed_by")
    private UserAccount changedBy;

    protected ClockSetting() {}

    public ClockSetting(
            Body body, String caseType, ClockPreset preset, ClockTerms terms, OffsetDateTime at, UserAccount by) {
        this.body = Objects.requireNonNull(body, "body");
        this.caseType = Objects.requireNonNull(caseType, "caseType");
        change(preset, terms, at, by);
    }

    public void change(ClockPreset preset, ClockTerms newTerms, OffsetDateTime at, UserAccount by) {
        this.presetCode = Objects.requireNonNull(preset, "preset").code();
        this.terms = Objects.requireNonNull(newTerms, "terms").encode();
        this.changedAt = Objects.requireNonNull(at, "at");
        this.changedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Body getBody() {
        return body;
    }

    public String getCaseType() {
        return caseType;
    }

    public ClockPreset getPreset() {
        return ClockPreset.byCode(presetCode).orElseThrow();
    }

    public ClockTerms getTerms() {
        return ClockTerms.decode(terms);
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public UserAccount getChangedBy() {
        return changedBy;
    }
}
