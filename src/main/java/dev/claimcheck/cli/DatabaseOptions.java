package dev.claimcheck.cli;

import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseException;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.claims.DatabaseProblem;
import dev.claimcheck.report.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by commands that read the claims database. */
final class DatabaseOptions {
  @Option(names = "--db", paramLabel = "DIR", description = "Extra claims database directory (repeatable); the built-in database is always loaded.")
  List<Path> extraDirs = new ArrayList<>();

  /**
   * Loads the database (the embedded one, or {@code base} in its place) plus the extra
   * directories; on problems prints each on its own line to {@code err} and returns empty.
   */
  Optional<ClaimDatabase> load(Optional<Path> base, PrintWriter err) {
    return load(base, List.of(), err);
  }

  /** As {@link #load(Optional, PrintWriter)}, with {@code configured} directories before the --db ones. */
  Optional<ClaimDatabase> load(Optional<Path> base, List<Path> configured, PrintWriter err) {
    List<Path> dirs = new ArrayList<>(configured);
    dirs.addAll(extraDirs);
    try {
      ClaimDatabaseLoader loader = new ClaimDatabaseLoader();
      return Optional.of(base.isPresent() ? loader.load(base.get(), dirs) : loader.load(dirs));
    } catch (ClaimDatabaseException e) {
      for (DatabaseProblem p : e.problems()) {
        err.println(TerminalText.safe(p.toString()));
      }
      err.flush();
      return Optional.empty();
    }
  }
}
