package dev.claimcheck.cli;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.check.Check;
import java.util.List;
import picocli.CommandLine;

/**
 * Makes the commands for CLI tests: with the models loaded once per test JVM rather than once per
 * run, and optionally extra checks (such as one that fails on purpose).
 */
final class TestCommands implements CommandLine.IFactory {
  private final List<Check> extraChecks;

  TestCommands(List<Check> extraChecks) {
    this.extraChecks = List.copyOf(extraChecks);
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K command = CommandLine.defaultFactory().create(type);
    if (command instanceof CheckCommand check) {
      check.models = TestPipeline::models;
      check.extraChecks = extraChecks;
    } else if (command instanceof SentencesCommand sentences) {
      sentences.models = TestPipeline::models;
    } else if (command instanceof AnalyzeCommand analyze) {
      analyze.models = TestPipeline::models;
    } else if (command instanceof DbImportClaimReviewCommand importer) {
      importer.models = TestPipeline::models;
    }
    return command;
  }
}
