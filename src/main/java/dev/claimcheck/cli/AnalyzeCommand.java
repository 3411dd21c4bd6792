package dev.claimcheck.cli;

import dev.claimcheck.api.Engine;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.match.FrameMatch;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.read.ClaimFrame;
import dev.claimcheck.report.JsonTextEscapes;
import dev.claimcheck.report.TerminalText;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.segment.TextAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

  private record Analysed(String path, LineMap lines, MatchedArticle matched) {}

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
    TextAnalyzer analyzer = engine.newAnalyzer();
    ArticleReader reader = reading.reader();
    List<Analysed> done = new ArrayList<>();
    boolean inputError = false;
    for (String input : inputs) {
      try {
        ArticleFormat chosen = inputFormat == null ? null : inputFormat.format();
        Article article = input.equals("-")
            ? reader.read("-", System.in, chosen == null ? ArticleFormat.TEXT : chosen)
            : reader.read(input, chosen);
        Analysed a = new Analysed(input, new LineMap(article.text()), engine.matcher().match(analyzer.analyze(article)));
        if (format == Format.jsonl) {
          write(List.of(a), out, false);
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
      write(done, out, true);
    }
    out.flush();
    return inputError ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
  }

  /** One {"files": [...]} document (json), or one file object per line (jsonl). */
  private static void write(List<Analysed> files, PrintWriter out, boolean document) {
    try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      g.setCharacterEscapes(new JsonTextEscapes());
      if (document) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("files");
      } else {
        g.setPrettyPrinter(new MinimalPrettyPrinter(""));
      }
      for (Analysed a : files) {
        writeFile(g, a);
      }
      if (document) {
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static void writeFile(JsonGenerator g, Analysed a) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", a.path());
    g.writeStringField("mainSubject", a.matched().mainSubstance().orElse(null));
    g.writeArrayFieldStart("sentences");
    for (MatchedSentence ms : a.matched().sentences()) {
      Sentence s = ms.sentence().sentence();
      g.writeStartObject();
      g.writeStringField("text", s.text());
      LineMap.Position at = a.lines().position(s.start());
      g.writeObjectFieldStart("span");
      g.writeNumberField("start", at.offset());
      g.writeNumberField("end", a.lines().codePointOffset(s.end()));
      g.writeNumberField("line", at.line());
      g.writeNumberField("column", at.column());
      g.writeEndObject();
      g.writeStringField("strength", ms.reading().strength().label());
      g.writeArrayFieldStart("frames");
      for (FrameMatch fm : ms.frames()) {
        writeFrame(g, fm);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFrame(JsonGenerator g, FrameMatch fm) throws IOException {
    ClaimFrame f = fm.frame();
    g.writeStartObject();
    g.writeStringField("subject", f.subject().orElse(null));
    g.writeStringField("subjectText", f.subjectText());
    g.writeStringField("relation", f.relation().label());
    g.writeStringField("outcome", f.outcome().orElse(null));
    g.writeStringField("outcomeText", f.outcomeText());
    g.writeStringField("polarity", f.polarity().label());
    g.writeStringField("attribution", f.attribution().label());
    g.writeStringField("strength", f.strength().label());
    g.writeArrayFieldStart("boosters");
    for (String b : f.boosters()) {
      g.writeString(b);
    }
    g.writeEndArray();
    g.writeStringField("cue", f.cue());
    if (fm.row().isPresent()) {
      EvidenceRow row = fm.row().get();
      g.writeObjectFieldStart("claim");
      g.writeStringField("id", row.claim().id().value());
      g.writeStringField("text", row.claim().text());
      g.writeStringField("rating", row.claim().rating().label());
      g.writeEndObject();
    } else {
      g.writeNullField("claim");
    }
    g.writeEndObject();
  }
}
