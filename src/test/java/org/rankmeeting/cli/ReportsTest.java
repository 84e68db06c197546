package org.rankmeeting.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReportsTest {

    @Test
    void aWrittenReportIsReadableByOthersAndNoTemporaryFileIsLeftBeside(@TempDir Path dir) throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path out = dir.resolve("report.html");
        Reports.write(out, "<p>hello</p>");
        assertThat(Files.readString(out)).isEqualTo("<p>hello</p>");
        assertThat(Files.getPosixFilePermissions(out))
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("report.html");
        }
    }
}
