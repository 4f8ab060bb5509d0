package org.puente.web.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form's photos: held between rounds, replaced by new ones, refused before reading when too many. */
class HeldPhotosTest {

    @Test
    void chosenPhotosAreHeldAndChoosingNoneKeepsThem() {
        HeldPhotos held = new HeldPhotos();
        assertEquals(HeldPhotos.Outcome.HELD, held.choose(List.of(part(1, 2), part(3))));
        assertEquals(2, held.count());
        assertArrayEquals(new byte[] {1, 2}, held.all().get(0));
        assertEquals(HeldPhotos.Outcome.HELD, held.choose(null));
        assertEquals(HeldPhotos.Outcome.HELD, held.choose(Arrays.asList(part(), null)), "empty parts are no choice");
        assertEquals(2, held.count(), "kept");
        assertEquals(HeldPhotos.Outcome.HELD, held.choose(List.of(part(9))));
        assertEquals(1, held.count(), "replaced");
        held.drop();
        assertEquals(0, held.count());
    }

    @Test
    void moreThanThreeAreRefusedWithoutReadingAnyAndTheHeldOnesStay() {
        HeldPhotos held = new HeldPhotos();
        held.choose(List.of(part(1)));
        FakePart unreadable = new FakePart(new byte[] {5}, true);
        assertEquals(HeldPhotos.Outcome.TOO_MANY, held.choose(List.of(part(2), part(3), part(4), unreadable)));
        assertEquals(1, held.count());
        assertArrayEquals(new byte[] {1}, held.all().get(0));
    }

    @Test
    void anUnreadableUploadIsSaidSoAndTheHeldOnesStay() {
        HeldPhotos held = new HeldPhotos();
        held.choose(List.of(part(1)));
        assertEquals(HeldPhotos.Outcome.UNREADABLE, held.choose(List.of(part(2), new FakePart(new byte[] {5}, true))));
        assertArrayEquals(new byte[] {1}, held.all().get(0));
    }

    @Test
    void anUploadIsReadToOneByteOverTheLimitAtMost() throws IOException {
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        assertEquals(5 * 1024 * 1024 + 1, HeldPhotos.read(new FakePart(big, false)).length);
        assertNull(HeldPhotos.read(null));
        assertNull(HeldPhotos.read(part()));
    }

    private static FakePart part(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new FakePart(data, false);
    }

    /** An upload in memory; a broken one fails when read. */
    private record FakePart(byte[] data, boolean broken) implements Part {

        @Override
        public InputStream getInputStream() throws IOException {
            if (broken) {
                throw new IOException("the upload was cut off");
            }
            return new ByteArrayInputStream(data);
        }

        @Override
        public long getSize() {
            return data.length;
        }

        @Override
        public String getContentType() {
            return "image/jpeg";
        }

        @Override
        public String getName() {
            return "photos";
        }

        @Override
        public String getSubmittedFileName() {
            return "foto.jpg";
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete() {}

        @Override
        public String getHeader(String name) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
