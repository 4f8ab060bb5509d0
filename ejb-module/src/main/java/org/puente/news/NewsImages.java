package org.puente.news;

import org.puente.platform.BusinessException;
import org.puente.report.PhotoCleaner;

/**
 * A news item's uploaded image through the reports' photo pipeline ({@link PhotoCleaner}): decoded and written
 * again, metadata gone; what is not a JPEG or PNG, too large, or unreadable is refused on the image field.
 */
public final class NewsImages {

    static final String FIELD = "image";

    private NewsImages() {}

    /** The cleaned image, or null for no upload. */
    public static NewsImage clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            return null;
        }
        if (upload.length > NewsImage.MAX_BYTES) {
            throw new BusinessException(FIELD, "news.image.tooLarge", NewsImage.MAX_BYTES / (1024 * 1024));
        }
        PhotoCleaner.Clean clean;
        try {
            clean = PhotoCleaner.clean(upload, FIELD);
        } catch (BusinessException refused) {
            throw new BusinessException(
                    FIELD,
                    "report.photo.type".equals(refused.getMessageKey()) ? "news.image.type" : "news.image.unreadable");
        }
        if (clean.data().length > NewsImage.MAX_BYTES) {
            throw new BusinessException(FIELD, "news.image.tooLarge", NewsImage.MAX_BYTES / (1024 * 1024));
        }
        return new NewsImage(clean.type(), clean.data());
    }
}
