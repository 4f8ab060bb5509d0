package org.puente.report;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A photo attached to a report (JPEG or PNG, checked by content, at most 5 MB): the reporter's own,
 * or the evidence of a resolution that staff attach (which the reporter sees on his tracking page).
 */
@Entity
@Table(name = "report_photo")
@NamedQuery(
        name = "ReportPhoto.ofReport",
        query = "select p.id from ReportPhoto p where p.report = :report and p.evidence = false order by p.id")
@NamedQuery(
        name = "ReportPhoto.evidenceOf",
        query = "select p.id from ReportPhoto p where p.report = :report and p.evidence = true order by p.id")
public class ReportPhoto {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_REPORT = 3;
    /** Evidence photos a report may gather over its resolutions (one per resolution is the habit). */
    public static final int MAX_EVIDENCE = 5;

    @Id
    @SequenceGenerator(name = "report_photo_seq", sequenceName = "report_photo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_photo_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ServiceReport report;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(nullable = false)
    private boolean evidence;

    protected ReportPhoto() {}

    ReportPhoto(ServiceReport report, PhotoType type, byte[] data) {
        this(report, type, data, false);
    }

    ReportPhoto(ServiceReport report, PhotoType type, byte[] data, boolean evidence) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(type, "type");
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new IllegalArgumentException("A photo has 1 byte to 5 MB");
        }
        if (PhotoType.of(data) != type) {
            throw new IllegalArgumentException("The content is not " + type);
        }
        this.report = report;
        this.contentType = type.contentType();
        this.size = data.length;
        this.data = data.clone();
        this.evidence = evidence;
    }

    public boolean isEvidence() {
        return evidence;
    }

    public Long getId() {
        return id;
    }

    public ServiceReport getReport() {
        return report;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return size;
    }

    public byte[] getData() {
        return data.clone();
    }
}
