package dev.claimcheck.batch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input of a batch, in report order. Immutable.
 *
 * @param displayPath the path as reports show it: as given, or the directory as given joined with
 *     the file's path inside it
 * @param file the file to read; empty for standard input ({@code -})
 * @param problem why the input cannot be checked at all (a directory with no matching files)
 */
public record BatchInput(String displayPath, Optional<Path> file, Optional<String> problem) {
  public BatchInput {
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
  }

  public boolean isStdin() {
    return file.isEmpty() && problem.isEmpty();
  }
}
