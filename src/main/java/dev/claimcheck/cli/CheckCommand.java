package dev.claimcheck.cli;

import dev.claimcheck.api.CheckOptions;
import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.api.Engine;
import dev.claimcheck.batch.BatchInput;
import dev.claimcheck.batch.InputFinder;
import dev.claimcheck.batch.OrderedParallelRunner;
import dev.claimcheck.batch.Progress;
import dev.claimcheck.batch.TerminalProgress;
import dev.claimcheck.check.Check;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.config.Config;
import dev.claimcheck.config.ConfigException;
import dev.claimcheck.config.ConfigLoader;
import dev.claimcheck.config.FailLevel;
import dev.claimcheck.report.ClaimReviewOptions;
import dev.claimcheck.report.ClaimReviewReportWriter;
import dev.claimcheck.report.FileResult;
import dev.claimcheck.report.HtmlReportWriter;
import dev.claimcheck.report.JsonLinesReportWriter;
import dev.claimcheck.report.JsonReportWriter;
import dev.claimcheck.report.MarkdownReportWriter;
import dev.claimcheck.report.ReportFormat;
import dev.claimcheck.report.ReportSession;
import dev.claimcheck.report.ReportWriter;
import dev.claimcheck.report.SarifReportWriter;
import dev.claimcheck.report.TerminalText;
import dev.claimcheck.report.TextReportWriter;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.suppress.Baseline;
import dev.claimcheck.suppress.BaselineException;
import dev.claimcheck.suppress.BaselineReader;
import dev.claimcheck.suppress.FindingPolicy;
import dev.claimcheck.suppress.RuleSelector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck check}: checks articles and directories of articles and reports findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = {"Check articles against the claims database and report contested or unsupported claims, unsafe dosing advice and overstated benefits.",
        "Directories are searched recursively; settings are read from the nearest .claimcheck.yaml (see the README)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no finding at or above --fail-on", "1:a finding at or above --fail-on", "2:usage error, unreadable input, invalid configuration or database"})
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles to check (plain text, Markdown or HTML, by extension), directories to search, or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); claimreview is schema.org ClaimReview JSON-LD.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically: never half a report) instead of stdout.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 when a finding at or above LEVEL exists: ${COMPLETION-CANDIDATES} (default: error, or fail-on in the configuration).")
  FailOn failOn;

  @Option(names = "--min-severity", paramLabel = "LEVEL", description = "Report only findings at or above LEVEL: ${COMPLETION-CANDIDATES}.")
  MinSeverity minSeverity;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "Read every input as ${COMPLETION-CANDIDATES}, whatever its extension (stdin is text unless given).")
  InputFormat inputFormat;

  @Option(names = "--include", paramLabel = "GLOB", split = ",", description = "In directories, check files matching GLOB (repeatable; default: " + "*.md, *.markdown, *.txt, *.html, *.htm).")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", split = ",", description = "In directories, skip files and directories matching GLOB (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Check N files at once (default: the number of cores). The report does not depend on N.")
  Integer jobs;

  @Option(names = "--config", paramLabel = "FILE", description = "Read settings from FILE instead of the nearest .claimcheck.yaml.")
  Path config;

  @Option(names = "--no-config", description = "Ignore any .claimcheck.yaml.")
  boolean noConfig;

  @Option(names = "--disable", paramLabel = "ID", split = ",", description = "Switch off a claim id, rule id or category (repeatable; added to the configuration's).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier JSON report: its findings count as reviewed, and only new findings are reported.")
  Path baseline;

  @Option(names = "--no-inline-suppressions", description = "Ignore claimcheck-disable comments in the articles (for untrusted submissions).")
  boolean noInlineSuppressions;

  @Option(names = "--no-progress", description = "Never show a progress bar (it is shown on stderr only when it is a terminal and the run takes a while).")
  boolean noProgress;

  @Option(names = "--no-color", description = "Never colour the text report (colour is used only on a terminal, and never when NO_COLOR is set).")
  boolean noColor;

  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;

  @Option(names = "--claimreview-author", paramLabel = "NAME", description = "With --format claimreview (required there): the reviewing organisation, the author of every ClaimReview.")
  String claimReviewAuthor;

  @Option(names = "--claimreview-date", paramLabel = "YYYY-MM-DD", description = "With --format claimreview: the reviews' publication date (default: today).")
  String claimReviewDate;

  @Option(names = "--claimreview-url", paramLabel = "URL", description = "With --format claimreview: the page that publishes the reviews (each ClaimReview's url).")
  String claimReviewUrl;

  @Option(names = "--claimreview-article-url", paramLabel = "URL", description = "With --format claimreview: where the article is published; {path} in URL stands for the file's path (default: the path).")
  String claimReviewArticleUrl;

  @Option(names = "--claimreview-claim-author", paramLabel = "NAME", description = "With --format claimreview: who wrote the articles, the author of the claims they state in their own voice.")
  String claimReviewClaimAuthor;

  @Mixin DatabaseOptions database;

  @Mixin InputOptions reading;

  @Spec CommandSpec spec;

  /** Where the models come from; tests share one set instead of loading them for every run. */
  Supplier<NlpModels> models = NlpModels::loadInBackground;

  /** Checks run after the built-in ones; tests add one that fails on purpose. */
  List<Check> extraChecks = List.of();

  /** The values of --min-severity. */
  enum MinSeverity {
    error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

    final Severity severity;

    MinSeverity(Severity severity) {
      this.severity = severity;
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Config> settings = config(err);
    if (settings.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    Config cfg = settings.get();
    Optional<Baseline> reviewed = baseline(cfg, err);
    if (reviewed.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    List<BatchInput> batch;
    try {
      batch = new InputFinder(include.isEmpty() ? cfg.include() : include, exclude.isEmpty() ? cfg.exclude() : exclude).find(inputs);
    } catch (IllegalArgumentException e) {
      err.println(TerminalText.safe("claimcheck: " + e.getMessage()));
      err.flush();
      return ExitCodes.USAGE_OR_INPUT;
    }
    Optional<ReportWriter> chosen = writer(batch.size(), err);
    if (chosen.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    NlpModels nlp = models.get(); // by default loads in the background while the database loads
    Optional<ClaimDatabase> db = database.load(Optional.empty(), cfg.databases(), err);
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    ReportWriter writer = chosen.get();
    FileChecker.Settings workerSettings = new FileChecker.Settings(
        new ClaimChecker(new Engine(nlp, db.get(), extraChecks), reading.reader()),
        reading.reader(),
        Optional.ofNullable(inputFormat).map(InputFormat::format),
        new CheckOptions(!noInlineSuppressions && cfg.inlineSuppressions().orElse(true), policy(cfg)),
        reviewed.get(),
        writer.needsArticles(),
        verbose,
        err,
        System.in);
    FailLevel level = failOn != null ? failOn.level() : cfg.failOn().orElse(FailLevel.ERROR);
    try {
      return output == null
          ? runToStdout(batch, writer, workerSettings, level)
          : runToFile(batch, writer, workerSettings, level);
    } catch (IOException e) {
      err.println("claimcheck: cannot write " + output + ": " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE_OR_INPUT;
    }
  }

  private int runToFile(List<BatchInput> batch, ReportWriter writer, FileChecker.Settings settings, FailLevel level)
      throws IOException {
    try (AtomicFileOutput file = AtomicFileOutput.open(output);
        InterruptNotice notice = new InterruptNotice(paths(batch), spec.commandLine().getErr(),
            "no report written, " + output + " is as it was", file::discard)) {
      int code = run(batch, writer, settings, level, file.writer(), notice);
      file.commit();
      return code;
    }
  }

  private int runToStdout(List<BatchInput> batch, ReportWriter writer, FileChecker.Settings settings, FailLevel level) {
    try (InterruptNotice notice = new InterruptNotice(paths(batch), spec.commandLine().getErr(),
        "the report on stdout is incomplete (use --output FILE for all or nothing)", () -> { })) {
      return run(batch, writer, settings, level, spec.commandLine().getOut(), notice);
    }
  }

  private static List<String> paths(List<BatchInput> batch) {
    return batch.stream().map(BatchInput::displayPath).toList();
  }

  /** Checks the batch, streaming each result to the report in input order; returns the exit code. */
  private int run(List<BatchInput> batch, ReportWriter writer, FileChecker.Settings settings, FailLevel level,
      PrintWriter out, InterruptNotice notice) {
    PrintWriter err = spec.commandLine().getErr();
    ReportSession session = writer.start(out);
    boolean[] inputError = {false};
    boolean[] failing = {false};
    int workers = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
    // A report streaming to the same terminal would be torn up by the bar's redraws.
    boolean reportOnTerminal = output == null && TerminalProgress.isTerminal(1);
    try (Progress progress = TerminalProgress.forStderr(batch.size(), !noProgress && !reportOnTerminal, System.err)) {
      new OrderedParallelRunner<BatchInput, FileResult>(workers, () -> new FileChecker(settings)).run(batch, result -> {
        if (result.error().isPresent()) {
          err.println(TerminalText.safe(result.error().get()));
          err.flush();
          inputError[0] = true;
        }
        if (level.threshold().isPresent()
            && result.findings().stream().anyMatch(f -> f.severity().atLeast(level.threshold().get()))) {
          failing[0] = true;
        }
        session.file(result);
        notice.done(result.path());
        progress.step(TerminalText.safe(result.path()));
      });
    }
    session.finish();
    if (out.checkError()) {
      err.println("claimcheck: error writing the report");
      err.flush();
      return ExitCodes.USAGE_OR_INPUT;
    }
    if (inputError[0]) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    return failing[0] ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Optional<Config> config(PrintWriter err) {
    if (noConfig) {
      return Optional.of(Config.defaults());
    }
    ConfigLoader loader = new ConfigLoader();
    Optional<Path> file = config != null ? Optional.of(config) : loader.find(Path.of(""));
    if (file.isEmpty()) {
      return Optional.of(Config.defaults());
    }
    try {
      return Optional.of(loader.load(file.get()));
    } catch (ConfigException e) {
      e.problems().forEach(err::println);
      err.flush();
      return Optional.empty();
    }
  }

  private Optional<Baseline> baseline(Config cfg, PrintWriter err) {
    Optional<Path> file = baseline != null ? Optional.of(baseline) : cfg.baseline();
    if (file.isEmpty()) {
      return Optional.of(Baseline.empty());
    }
    try {
      return Optional.of(new BaselineReader().read(file.get()));
    } catch (BaselineException e) {
      err.println(e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }

  private FindingPolicy policy(Config cfg) {
    List<RuleSelector> off = new ArrayList<>();
    cfg.disable().forEach(id -> off.add(new RuleSelector(id)));
    disable.stream().filter(id -> !id.isBlank()).forEach(id -> off.add(new RuleSelector(id.strip())));
    Map<RuleSelector, Severity> severities = new LinkedHashMap<>();
    cfg.severities().forEach((id, s) -> severities.put(new RuleSelector(id), s));
    Optional<Severity> minimum = minSeverity != null ? Optional.of(minSeverity.severity) : cfg.minSeverity();
    return new FindingPolicy(off, severities, minimum);
  }

  /** The report writer, or empty after one line on {@code err} when its options do not fit. */
  private Optional<ReportWriter> writer(int files, PrintWriter err) {
    return switch (format) {
      case text -> Optional.of(new TextReportWriter(useColour()));
      case json -> Optional.of(new JsonReportWriter(Version.current()));
      case jsonl -> Optional.of(new JsonLinesReportWriter());
      case sarif -> Optional.of(new SarifReportWriter(Version.current(), Version.informationUri()));
      case markdown -> Optional.of(new MarkdownReportWriter());
      case html -> Optional.of(new HtmlReportWriter(Version.current()));
      case claimreview -> claimReviewOptions(files, err).map(ClaimReviewReportWriter::new);
    };
  }

  private Optional<ClaimReviewOptions> claimReviewOptions(int files, PrintWriter err) {
    String problem = null;
    LocalDate date = LocalDate.now();
    if (claimReviewAuthor == null || claimReviewAuthor.isBlank()) {
      problem = "--format claimreview needs --claimreview-author NAME (the reviewing organisation)";
    } else if (claimReviewArticleUrl != null && files > 1 && !claimReviewArticleUrl.contains(ClaimReviewOptions.PATH_PLACEHOLDER)) {
      problem = "--claimreview-article-url names one article but " + files + " are checked: put {path} where each file's path goes";
    } else if (claimReviewDate != null) {
      try {
        date = LocalDate.parse(claimReviewDate);
      } catch (DateTimeParseException e) {
        problem = "--claimreview-date: not a date YYYY-MM-DD: " + claimReviewDate;
      }
    }
    if (problem != null) {
      err.println(TerminalText.safe("claimcheck: " + problem));
      err.flush();
      return Optional.empty();
    }
    return Optional.of(new ClaimReviewOptions(claimReviewAuthor.strip(), date, Optional.ofNullable(claimReviewUrl),
        Optional.ofNullable(claimReviewArticleUrl), Optional.ofNullable(claimReviewClaimAuthor).filter(a -> !a.isBlank())));
  }

  private boolean useColour() {
    return output == null && !noColor && System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }
}
