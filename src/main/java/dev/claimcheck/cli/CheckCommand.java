package dev.claimcheck.cli;

import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.report.FileResult;
import dev.claimcheck.report.JsonReportWriter;
import dev.claimcheck.report.ReportFormat;
import dev.claimcheck.report.ReportWriter;
import dev.claimcheck.report.TextReportWriter;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import java.io.PrintWriter;
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

/** {@code claimcheck check}: checks articles and reports findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Check articles against the claims database and report contested or unsupported claims, unsafe dosing advice and overstated benefits.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no finding at or above --fail-on", "1:a finding at or above --fail-on", "2:usage error, unreadable input or invalid database"})
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to check (plain text or Markdown); - reads stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", description = "Exit 1 when a finding at or above LEVEL exists: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--no-color", description = "Never colour the text report (colour is used only on a terminal, and never when NO_COLOR is set).")
  boolean noColor;

  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;

  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ClaimDatabase> db = database.load(Optional.empty(), err);
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    Engine engine = new Engine(NlpModels.load(), db.get());
    TextAnalyzer analyzer = engine.newAnalyzer();
    ArticleReader reader = new ArticleReader();
    List<FileResult> results = new ArrayList<>();
    boolean inputError = false;
    for (String input : inputs) {
      FileResult result = checkOne(input, reader, analyzer, engine);
      if (result.error().isPresent()) {
        err.println(result.error().get());
        err.flush();
        inputError = true;
      }
      results.add(result);
    }
    writer().write(results, out);
    if (inputError) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    return failOn.threshold()
        .filter(t -> results.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.severity().atLeast(t)))
        .map(t -> ExitCodes.FINDINGS)
        .orElse(ExitCodes.OK);
  }

  /** Reads and checks one input; any failure becomes that file's one-line error. */
  private FileResult checkOne(String input, ArticleReader reader, TextAnalyzer analyzer, Engine engine) {
    try {
      Article article = input.equals("-")
          ? reader.read("-", System.in, ArticleFormat.TEXT)
          : reader.read(Path.of(input), null);
      List<Finding> findings = engine.checker().check(analyzer.analyze(article));
      return new FileResult(input, Optional.empty(), new LineMap(article.text()), findings);
    } catch (InputException e) {
      return FileResult.failed(input, e.getMessage());
    } catch (RuntimeException e) {
      if (verbose) {
        e.printStackTrace(spec.commandLine().getErr());
      }
      return FileResult.failed(input, input + ": internal error while checking: " + e);
    }
  }

  private ReportWriter writer() {
    return switch (format) {
      case text -> new TextReportWriter(useColour());
      case json -> new JsonReportWriter(Version.current());
    };
  }

  private boolean useColour() {
    return !noColor && System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }
}
