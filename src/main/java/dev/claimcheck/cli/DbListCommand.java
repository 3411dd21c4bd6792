package dev.claimcheck.cli;

import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimDatabase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck db list [DIR]}: one line per claim. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the claims: id, rating, kind and claim text.")
final class DbListCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Database directory to list instead of the built-in one.")
  Path dir;

  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Optional<ClaimDatabase> db = database.load(Optional.ofNullable(dir), spec.commandLine().getErr());
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Claim c : db.get().claims()) {
      out.printf("%-48s %-11s %-10s %s%n", c.id(), c.rating().label(), c.kind().label(), c.text());
    }
    for (dev.claimcheck.claims.EvidenceRow r : db.get().rows()) {
      Claim c = r.claim();
      out.printf("%-48s %-11s %-10s %s%n", c.id(), c.rating().label(), r.relation().label(), c.text());
    }
    out.println(db.get().claims().size() + " claims, " + db.get().rows().size() + " rows");
    return ExitCodes.OK;
  }
}
