package org.puente.engagement;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The scanned official letter of a request: a PDF, checked by its content, at most 5 MB. */
@Entity
@Table(name = "engagement_letter")
public class EngagementLetter {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @OneToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private EngagementRequest request;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    protected EngagementLetter() {}

    public EngagementLetter(EngagementRequest request, String fileName, byte[] data) {
        this.request = Objects.requireNonNull(request, "request");
        if (!isPdf(data) || data.length > MAX_BYTES) {
            throw new IllegalArgumentException("A letter is a PDF of at most 5 MB");
        }
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "").strip();
        this.fileName = name.isEmpty() ? "oficio.pdf" : name.length() > 200 ? name.substring(0, 200) : name;
        this.size = data.length;
        this.data = data.clone();
    }

    /** True when the bytes start like a PDF document ("%PDF-"), whatever the file is called. */
    public static boolean isPdf(byte[] data) {
        return data != null && data.length > 8 && new String(data, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    public EngagementRequest getRequest() {
        return request;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSize() {
        return size;
    }

    public byte[] getData() {
        return data.clone();
    }
}
