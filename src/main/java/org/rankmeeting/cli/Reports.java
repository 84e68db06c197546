package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writing a whole output file: to a temporary file beside it, then moved into place, so nothing is half-written. */
final class Reports {

    private Reports() {
    }

    static void write(Path file, String text) {
        write("--out", file, text);
    }

    /** Writes the file whole or not at all; problems are reported against {@code option}. */
    static void write(String option, Path file, String text) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException(option + ": no folder " + dir);
        }
        try {
            Path tmp = Files.createTempFile(dir, ".rank-meeting", ".tmp");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                readableByAll(tmp);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new BadInputException(option + ": cannot write " + file + " (" + e.getMessage() + ")");
        }
    }

    /** A temporary file is created private to its owner; the report it becomes is an ordinary file (rw-r--r--). */
    private static void readableByAll(Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the file keeps the permissions it was created with.
        }
    }
}
