package org.puente.systemtest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The server's log as a test reads it: only what was written after a mark, so that a line left by an
 * earlier start, an earlier test or the other database pass (both use one server folder) proves nothing.
 */
final class ServerLog {

    private ServerLog() {}

    /** Notes how long the log is now (and when), to read later what came after. */
    static Mark mark(Path log) throws IOException {
        return new Mark(log, Files.exists(log) ? Files.size(log) : 0, FileTime.fromMillis(System.currentTimeMillis()));
    }

    record Mark(Path log, long length, FileTime at) {

        /**
         * What the server wrote since the mark: the rest of the log, or, when Payara rotated it meanwhile
         * (the log shorter than at the mark), the rotated files written since then (the first from the mark's
         * length on: it was the log at the mark) and the whole new log.
         */
        String writtenSince() throws IOException {
            long now = Files.exists(log) ? Files.size(log) : 0;
            if (now >= length) {
                return read(log, length);
            }
            StringBuilder text = new StringBuilder();
            List<Path> rotatedSince;
            try (Stream<Path> siblings = Files.list(log.getParent())) {
                rotatedSince = siblings.filter(p -> p.getFileName().toString().startsWith(log.getFileName() + "_"))
                        .filter(p -> lastModified(p).compareTo(at) >= 0)
                        .sorted(Comparator.comparing(ServerLog::lastModified))
                        .toList();
            }
            for (int i = 0; i < rotatedSince.size(); i++) {
                Path rotated = rotatedSince.get(i);
                // The first one was the log at the mark: what it held before the mark is older than the mark.
                boolean wasTheLog = i == 0 && Files.size(rotated) >= length;
                text.append(read(rotated, wasTheLog ? length : 0));
            }
            return text.append(read(log, 0)).toString();
        }
    }

    private static String read(Path file, long from) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            byte[] rest = new byte[(int) (in.length() - from)];
            in.readFully(rest);
            return new String(rest, StandardCharsets.UTF_8);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
