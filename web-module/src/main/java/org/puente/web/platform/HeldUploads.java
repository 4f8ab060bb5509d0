package org.puente.web.platform;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files a form holds between its rounds until what they belong to is filed (a report's photos, a
 * petition's attachments): read once when chosen, so that a second round (a field to correct) does not lose
 * them; choosing other files replaces them, choosing none keeps them. The parts are counted before any is
 * read, so that a request with many parts costs no memory (issue 14, item 6); each is read to one byte over
 * its limit at most, enough for the check that follows to refuse it as too large.
 */
public class HeldUploads implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What became of the files chosen. */
    public enum Outcome {
        HELD,
        TOO_MANY,
        UNREADABLE
    }

    /** One file held: the name and type its browser sent (hints only) and its bytes. */
    public record Held(String fileName, String declaredType, byte[] data) implements Serializable {}

    private final int max;
    private final int readLimit;
    private ArrayList<Held> held = new ArrayList<>();

    /**
     * @param max      files a form takes at most
     * @param maxBytes bytes a file may have; one more is read at most
     */
    public HeldUploads(int max, int maxBytes) {
        this.max = max;
        this.readLimit = maxBytes + 1;
    }

    /**
     * Whether this request is a form post that is not multipart (a script's, never a browser's, for a form with
     * a file input): the page disables its file input then, so that it is not decoded (which would ask the
     * container for the parts of a body that has none and end in an error page) and reads as no file chosen.
     */
    public static boolean postedWithoutParts() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || !context.isPostback()) {
            return false;
        }
        String type = context.getExternalContext().getRequestContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** Whether any file was chosen at all (an empty part is no choice). */
    public static boolean anyChosen(List<Part> chosen) {
        return chosen != null && chosen.stream().anyMatch(p -> p != null && p.getSize() > 0);
    }

    /** Holds the newly chosen files instead of the earlier ones (none chosen keeps them). */
    public Outcome choose(List<Part> chosen) {
        long count = chosen == null
                ? 0
                : chosen.stream().filter(p -> p != null && p.getSize() > 0).count();
        if (count > max) {
            return Outcome.TOO_MANY;
        }
        try {
            ArrayList<Held> read = new ArrayList<>();
            for (Part part : chosen == null ? List.<Part>of() : chosen) {
                byte[] data = read(part, readLimit);
                if (data != null) {
                    read.add(new Held(fileName(part), part.getContentType(), data));
                }
            }
            if (!read.isEmpty()) {
                held = read;
            }
            return Outcome.HELD;
        } catch (IOException e) {
            return Outcome.UNREADABLE;
        }
    }

    /** One upload's bytes (up to {@code limit}), or null when nothing was chosen. */
    public static byte[] read(Part part, int limit) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(limit);
        }
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        return name == null ? "" : name;
    }

    public List<Held> all() {
        return List.copyOf(held);
    }

    public int count() {
        return held.size();
    }

    /** Lets go of the held files a check refuses (the others stay for the next round). */
    public void dropIf(Predicate<Held> refused) {
        held.removeIf(refused);
    }

    public void drop() {
        held = new ArrayList<>();
    }
}
