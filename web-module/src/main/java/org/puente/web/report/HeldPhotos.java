package org.puente.web.report;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.puente.report.ReportPhoto;
import org.puente.web.platform.HeldUploads;

/**
 * The photos a report form holds until its report is filed ({@link HeldUploads}, shared with the petition
 * forms' attachments): read once when chosen, so that a second round (similar reports offered, a field to
 * correct) does not lose them; choosing other photos replaces them, choosing none keeps them. Each upload
 * is read to one byte over the 5 MB limit at most: enough for the intake to refuse it as too large.
 */
public class HeldPhotos implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Bytes read of an upload at most. */
    static final int READ_LIMIT = ReportPhoto.MAX_BYTES + 1;

    /** What became of the photos chosen. */
    public enum Outcome {
        HELD,
        TOO_MANY,
        UNREADABLE
    }

    private final HeldUploads photos = new HeldUploads(ReportPhoto.MAX_PER_REPORT, ReportPhoto.MAX_BYTES);

    /**
     * Holds the newly chosen photos instead of the earlier ones (none chosen keeps them). More than a
     * report takes are refused before any is read, so that a request with many parts costs no memory.
     */
    public Outcome choose(List<Part> chosen) {
        return Outcome.valueOf(photos.choose(chosen).name());
    }

    /** One upload's bytes (up to the read limit), or null when nothing was chosen. */
    public static byte[] read(Part part) throws IOException {
        return HeldUploads.read(part, READ_LIMIT);
    }

    public List<byte[]> all() {
        return photos.all().stream().map(HeldUploads.Held::data).toList();
    }

    public int count() {
        return photos.count();
    }

    public void drop() {
        photos.drop();
    }
}
