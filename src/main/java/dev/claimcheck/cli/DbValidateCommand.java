package dev.claimcheck.cli;

import dev.claimcheck.claims.ClaimDatabase;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck db validate [DIR]}: structural checks, one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate a database directory (default: the built-in database): every problem with file, line and column.")
final class DbValidateCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Database directory to validate instead of the built-in one.")
  Path dir;

  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Optional<ClaimDatabase> db = database.load(Optional.ofNullable(dir), spec.commandLine().getErr());
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    spec.commandLine().getOut().println("database ok: " + db.get().claims().size() + " claims, "
        + db.get().concepts().size() + " concepts, " + db.get().cues().cues().size() + " cues");
    return ExitCodes.OK;
  }
}
