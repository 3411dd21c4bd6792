package dev.claimcheck.cli;

import dev.claimcheck.api.Engine;
import dev.claimcheck.check.ClaimExampleRunner;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.Topic;
import dev.claimcheck.segment.NlpModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck db explain SENTENCE...}: shows how the pipeline reads a sentence and why it matches. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show how sentences are read: tokens, tags, lemmas, negation and hedge scopes, concepts found and claims matched.")
final class DbExplainCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "SENTENCE", description = "Text to explain (quote it).")
  List<String> texts = new ArrayList<>();

  @Option(names = "--subject", paramLabel = "CONCEPT", description = "Concept that pronouns stand for (default: the first topic's subject).")
  String subject;

  @Option(names = "--dir", paramLabel = "DIR", description = "Database directory to use instead of the built-in one.")
  Path dir;

  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Optional<ClaimDatabase> db = database.load(Optional.ofNullable(dir), spec.commandLine().getErr());
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    Engine engine = new Engine(NlpModels.load(), db.get());
    ClaimExampleRunner runner = new ClaimExampleRunner(db.get(), engine.newAnalyzer(), engine.matcher());
    Optional<String> pronounSubject = Optional.ofNullable(subject)
        .or(() -> db.get().topics().stream().map(Topic::subject).findFirst());
    for (String text : texts) {
      spec.commandLine().getOut().print(runner.explain(text, pronounSubject));
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
