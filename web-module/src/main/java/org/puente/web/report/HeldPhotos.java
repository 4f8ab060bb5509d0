package org.puente.web.report;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.puente.report.ReportPhoto;

/**
 * The photos a form holds until its report is filed: read once when chosen, so that a second round
 * (similar reports offered, a field to correct) does not lose them; choosing other photos replaces
 * them, choosing none keeps them. Each upload is read to one byte over the 5 MB limit at most: enough
 * for the intake to refuse it as too large.
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

    private ArrayList<byte[]> photos = new ArrayList<>();

    /**
     * Holds the newly chosen photos instead of the earlier ones (none chosen keeps them). More than a
     * report takes are refused before any is read, so that a request with many parts costs no memory.
     */
    public Outcome choose(List<Part> chosen) {
        long count = chosen == null
                ? 0
                : chosen.stream().filter(p -> p != null && p.getSize() > 0).count();
        if (count > ReportPhoto.MAX_PER_REPORT) {
            return Outcome.TOO_MANY;
        }
        try {
            ArrayList<byte[]> read = new ArrayList<>();
            for (Part part : chosen == null ? List.<Part>of() : chosen) {
                byte[] data = read(part);
                if (data != null) {
                    read.add(data);
                }
            }
            if (!read.isEmpty()) {
                photos = read;
            }
            return Outcome.HELD;
        } catch (IOException e) {
            return Outcome.UNREADABLE;
        }
    }

    /** One upload's bytes (up to the read limit), or null when nothing was chosen. */
    public static byte[] read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(READ_LIMIT);
        }
    }

    public List<byte[]> all() {
        return photos;
    }

    public int count() {
        return photos.size();
    }

    public void drop() {
        photos = new ArrayList<>();
    }
}
