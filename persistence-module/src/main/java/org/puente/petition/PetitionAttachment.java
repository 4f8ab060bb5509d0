package org.puente.petition;

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
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import org.puente.casework.AttachmentType;

/**
 * A file the filer sent with his petition: a PDF, JPEG or PNG whose type was read from its content (the
 * images re-encoded, so without EXIF, before they get here), at most {@link #MAX_BYTES}, numbered 1 to
 * {@link #MAX_PER_PETITION} within its petition (the number is unique per petition in the database too).
 * The name is kept as sent, cleaned of paths, control and direction characters. Attachments can name the
 * filer: whoever may not see a reserved filer may not see them ({@link Petition#attachmentsVisibleTo}).
 */
@Entity
@Table(name = "petition_attachment")
@NamedQuery(
        name = "PetitionAttachment.summariesOf",
        query = "select new org.puente.petition.AttachmentSummary(a.ordinal, a.fileName, a.contentType, a.sizeBytes)"
                + " from PetitionAttachment a where a.petition = :petition order by a.ordinal")
@NamedQuery(
        name = "PetitionAttachment.at",
        query = "select a from PetitionAttachment a where a.petition = :petition and a.ordinal = :ordinal")
@NamedQuery(
        name = "PetitionAttachment.countOf",
        query = "select count(a) from PetitionAttachment a where a.petition = :petition")
@NamedQuery(
        name = "PetitionAttachment.deleteOf",
        query = "delete from PetitionAttachment a where a.petition in :petitions")
public class PetitionAttachment {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_PETITION = 3;
    public static final int MAX_NAME = 120;

    @Id
    @SequenceGenerator(name = "petition_attachment_seq", sequenceName = "petition_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petition_attachment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "petition_id", nullable = false)
    private Petition petition;

    /** Its number within the petition, 1 to 3 (the download's {@code n}). */
    @Column(nullable = false)
    private int ordinal;

    @Column(name = "file_name", nullable = false, length = MAX_NAME)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    protected PetitionAttachment() {}

    /**
     * @param position   1 to {@link #MAX_PER_PETITION}, its number within the petition
     * @param type       the type the content was found to be; the bytes must start as that type does
     * @throws IllegalArgumentException when a rule is broken: the intake checks every file first, so this
     *                                  is a programming error, never a citizen's
     */
    public PetitionAttachment(
            Petition petition,
            int position,
            String fileName,
            AttachmentType type,
            byte[] data,
            OffsetDateTime receivedAt) {
        this.petition = Objects.requireNonNull(petition, "petition");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (position < 1 || position > MAX_PER_PETITION) {
            throw new IllegalArgumentException("A petition carries attachments 1 to " + MAX_PER_PETITION);
        }
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new IllegalArgumentException("An attachment has 1 byte to 5 MB");
        }
        if (AttachmentType.of(data) != type) {
            throw new IllegalArgumentException("The content is not " + type);
        }
        this.ordinal = position;
        this.fileName = sanitise(fileName, position, type);
        this.contentType = type.contentType();
        this.sizeBytes = data.length;
        this.data = data.clone();
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * The name as sent, without a path (a browser may send "C:\Users\..."), control characters, the
     * characters that reverse the text's direction ("fdp.exe" shown as "exe.pdf"), quotes and the
     * characters no file system takes, at most {@link #MAX_NAME} characters with its extension kept; a name
     * with nothing left becomes "adjunto-N.pdf" (or .jpg, .png).
     */
    public static String sanitise(String sent, int position, AttachmentType type) {
        String name = sent == null ? "" : sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1)
                .replaceAll("\\p{Cntrl}", " ")
                .replaceAll("[\\p{Cf}\"<>:*?|;]", "")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^\\.+", "")
                .strip();
        if (name.isEmpty()) {
            return "adjunto-" + position + "." + extension(type);
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name;
    }

    private static String extension(AttachmentType type) {
        return type == AttachmentType.JPEG ? "jpg" : type.name().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public Petition getPetition() {
        return petition;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data.clone();
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }
}
