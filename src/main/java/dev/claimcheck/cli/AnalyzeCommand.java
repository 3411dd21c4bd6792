package dev.claimcheck.cli;

import dev.claimcheck.api.Engine;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.report.AnalyzeJsonWriter;
import dev.claimcheck.report.AnalyzeJsonWriter.AnalyzedFile;
import dev.claimcheck.report.TerminalText;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck analyze}: every sentence with its reading (claim frames, strength, the row each
 * frame found), for editors asking why a sentence was or was not flagged, for database authors and
 * for pipelines. The JSON shape is documented in docs/analyze-format.md.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Show how each sentence is read: claim frames (subject, relation, outcome, polarity, attribution, strength) and the rating each found.",
    exitCodeList = {"0:every input was read", "2:usage error, unreadable input or invalid database"})
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { json, jsonl }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles (plain text, Markdown or HTML, by extension); - reads stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "Read every input as ${COMPLETION-CANDIDATES}, whatever its extension.")
  InputFormat inputFormat;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl writes one file per line.")
  Format format;

  @Mixin DatabaseOptions database;

  @Mixin InputOptions reading;

  @Spec CommandSpec spec;

  /** Where the models come from; tests share one set instead of loading them for every run. */
  Supplier<NlpModels> models = NlpModels::loadInBackground;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NlpModels nlp = models.get();
    Optional<ClaimDatabase> db = database.load(Optional.empty(), err);
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    Engine engine = new Engine(nlp, db.get());
    AnalyzeJsonWriter json = new AnalyzeJsonWriter();
    TextAnalyzer analyzer = engine.newAnalyzer();
    ArticleReader reader = reading.reader();
    List<AnalyzedFile> done = new ArrayList<>();
    boolean inputError = false;
    for (String input : inputs) {
      try {
        ArticleFormat chosen = inputFormat == null ? null : inputFormat.format();
        Article article = input.equals("-")
            ? reader.read("-", System.in, chosen == null ? ArticleFormat.TEXT : chosen)
            : reader.read(input, chosen);
        AnalyzedFile a = new AnalyzedFile(input, new LineMap(article.text()), engine.matcher().match(analyzer.analyze(article)));
        if (format == Format.jsonl) {
          json.writeLines(List.of(a), out);
        } else {
          done.add(a);
        }
      } catch (InputException e) {
        err.println(TerminalText.safe(e.getMessage()));
        inputError = true;
      }
    }
    err.flush();
    if (format == Format.json) {
      json.writeDocument(done, out);
    }
    out.flush();
    return inputError ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
  }
}
