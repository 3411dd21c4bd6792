package dev.claimcheck.claims;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the database loader with arbitrary files of each kind (topic, concepts, cues, substances):
 * every input either loads or is refused with problems that each name the file, a line and a
 * column on one line. Any other exception is a finding.
 */
class ClaimDatabaseLoaderFuzzTest {
  private static final String[] NAMES = {"topic.yaml", "concepts.yaml", "cues.yaml", "substances.yaml"};
  private static Path dir;

  private static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("claimcheck-db-fuzz");
        dir.toFile().deleteOnExit();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  @FuzzTest(maxDuration = "60s")
  void load(FuzzedDataProvider data) throws IOException {
    String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
    byte[] content = data.consumeRemainingAsBytes();
    Path file = dir().resolve(name);
    Files.write(file, content);
    try {
      new ClaimDatabaseLoader().load(dir(), List.of());
    } catch (ClaimDatabaseException e) {
      if (e.problems().isEmpty()) {
        throw new AssertionError("refused without a problem");
      }
      for (DatabaseProblem p : e.problems()) {
        Location at = p.location();
        if (at.line() < 1 || at.column() < 1 || !at.file().endsWith(name) || p.toString().contains("\n")) {
          throw new AssertionError("problem without a usable location: " + p);
        }
      }
    } finally {
      Files.delete(file);
    }
  }
}
