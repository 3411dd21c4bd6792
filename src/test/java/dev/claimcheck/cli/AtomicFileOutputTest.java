package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileOutputTest {
  @TempDir Path dir;

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void aReportThatIsNotFinishedLeavesTheOldFileAndNoTemporaryOne() throws Exception {
    Path target = Files.writeString(dir.resolve("report.json"), "old");
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.writer().print("half a rep");
      // the run fails here: no commit
    }
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void aFinishedReportReplacesTheFileWithItsPermissions() throws Exception {
    Path target = Files.writeString(dir.resolve("report.json"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    try (AtomicFileOutput out = AtomicFileOutput.open(target)) {
      out.writer().print("new report");
      out.commit();
    }
    assertEquals("new report", Files.readString(target));
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    assertEquals(List.of(target), files());
  }
}
