package org.puente.news;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import org.puente.report.PhotoType;

/**
 * A news item's image, as the photo pipeline wrote it again (JPEG or PNG, no metadata). A new upload is a new
 * image with a new id, so that its address changes and a cached copy is never stale. Immutable.
 */
@Entity
@Table(name = "news_image")
public class NewsImage {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "news_image_seq", sequenceName = "news_image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_image_seq")
    private Long id;

    @Column(name = "content_type", nullable = false, length = 20, updatable = false)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false, updatable = false)
    private byte[] data;

    protected NewsImage() {}

    public NewsImage(PhotoType type, byte[] data) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (data.length == 0 || data.length > MAX_BYTES || PhotoType.of(data) != type) {
            throw new IllegalArgumentException("An image of its type, 1 byte to 5 MB");
        }
        this.contentType = type.contentType();
        this.data = data.clone();
    }

    public Long getId() {
        return id;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getData() {
        return data.clone();
    }
}
