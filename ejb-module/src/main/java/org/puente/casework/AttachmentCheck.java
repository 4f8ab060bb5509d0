package org.puente.casework;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.puente.petition.PetitionAttachment;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;
import org.puente.report.PhotoCleaner;
import org.puente.report.PhotoType;

/**
 * What a citizen attaches is judged by its content, never by its name or declared type: a PDF must start
 * with {@code %PDF-} and open with OpenPDF's reader (what follows its last {@code %%EOF} is cut off, so
 * nothing can ride behind it); a JPEG or PNG is decoded and written again by {@link PhotoCleaner}, as a
 * report's photos are, which drops its EXIF (the GPS position) and anything appended. Anything else is
 * refused, each refusal on the form's field with the file's name and a Spanish sentence that says what to
 * do. Plain code, with no container, so the web form asks it too before it holds a file.
 */
public final class AttachmentCheck {

    /** A file that passed: its name as sent, its type found by content, and the bytes to keep. */
    public record Checked(String fileName, AttachmentType type, byte[] data) {}

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private AttachmentCheck() {}

    /**
     * Checks every file of one form; the refusals of all of them together, each naming its file.
     *
     * @throws InvalidInputException the problems, on {@code field}
     */
    public static List<Checked> checkAll(List<Upload> uploads, String field) {
        List<Upload> files = uploads == null ? List.of() : uploads;
        if (files.size() > PetitionAttachment.MAX_PER_PETITION) {
            throw new InvalidInputException(
                    List.of(new BusinessException(field, "attachment.tooMany", PetitionAttachment.MAX_PER_PETITION)));
        }
        List<Checked> checked = new ArrayList<>();
        List<BusinessException> problems = new ArrayList<>();
        for (Upload upload : files) {
            try {
                checked.add(check(upload, field));
            } catch (BusinessException refusal) {
                problems.add(refusal);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }

    /**
     * One file.
     *
     * @throws BusinessException on {@code field}: {@code attachment.empty}, {@code attachment.tooLarge},
     *                           {@code attachment.pdf.fake} (called a PDF and is not one),
     *                           {@code attachment.pdf.broken} (starts as a PDF and does not open),
     *                           {@code attachment.image.broken}, {@code attachment.type}; the file's name
     *                           is the first argument
     */
    public static Checked check(Upload upload, String field) {
        String name = shownName(upload.fileName());
        byte[] data = upload.data();
        if (data.length == 0) {
            throw new BusinessException(field, "attachment.empty", name);
        }
        if (data.length > PetitionAttachment.MAX_BYTES) {
            throw new BusinessException(
                    field, "attachment.tooLarge", name, PetitionAttachment.MAX_BYTES / (1024 * 1024));
        }
        AttachmentType type = AttachmentType.of(data);
        if (type == AttachmentType.PDF) {
            return new Checked(upload.fileName(), type, pdf(data, name, field));
        }
        if (type != null) {
            try {
                PhotoCleaner.Clean clean = PhotoCleaner.clean(data, field);
                AttachmentType kept = clean.type() == PhotoType.JPEG ? AttachmentType.JPEG : AttachmentType.PNG;
                return new Checked(upload.fileName(), kept, clean.data());
            } catch (BusinessException unreadable) {
                throw new BusinessException(field, "attachment.image.broken", name);
            }
        }
        if (claimsPdf(upload)) {
            throw new BusinessException(field, "attachment.pdf.fake", name);
        }
        throw new BusinessException(field, "attachment.type", name);
    }

    /** The PDF up to its last end-of-file marker, once OpenPDF has opened it. */
    private static byte[] pdf(byte[] data, String name, String field) {
        byte[] kept = upToLastEof(data);
        try {
            PdfReader reader = new PdfReader(kept);
            try {
                if (reader.getNumberOfPages() < 1) {
                    throw new IOException("no page");
                }
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException broken) {
            throw new BusinessException(field, "attachment.pdf.broken", name);
        }
        return kept;
    }

    /** The bytes through the last "%%EOF" and its line end; all of them when there is none. */
    static byte[] upToLastEof(byte[] data) {
        for (int i = data.length - EOF.length; i >= 0; i--) {
            if (startsAt(data, i)) {
                int end = i + EOF.length;
                if (end < data.length && data[end] == '\r') {
                    end++;
                }
                if (end < data.length && data[end] == '\n') {
                    end++;
                }
                return end == data.length ? data : java.util.Arrays.copyOf(data, end);
            }
        }
        return data;
    }

    private static boolean startsAt(byte[] data, int at) {
        for (int k = 0; k < EOF.length; k++) {
            if (data[at + k] != EOF[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the name or the declared type says PDF (only to choose the message). */
    private static boolean claimsPdf(Upload upload) {
        String name = upload.fileName() == null
                ? ""
                : upload.fileName().toLowerCase(Locale.ROOT).strip();
        String declared =
                upload.declaredType() == null ? "" : upload.declaredType().toLowerCase(Locale.ROOT);
        return name.endsWith(".pdf") || declared.startsWith("application/pdf");
    }

    /** The name a message shows: the sanitised one, or "el archivo" when it has none. */
    private static String shownName(String sent) {
        String clean = PetitionAttachment.sanitise(sent, 1, AttachmentType.PDF);
        return sent == null || sent.isBlank() || clean.equals("adjunto-1.pdf") ? "—" : clean;
    }
}
