package dev.claimcheck.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.lexicon.CueLexicon;
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
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck sentences}: shows how articles are split into sentences, with spans. */
@Command(name = "sentences", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Show how articles are split into sentences (spans are code-point offsets into the file).")
final class SentencesCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles (plain text, Markdown or HTML, by extension); - reads stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "Read every input as ${COMPLETION-CANDIDATES}, whatever its extension.")
  InputFormat inputFormat;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin InputOptions reading;

  @Spec CommandSpec spec;

  /** Where the models come from; tests share one set instead of loading them for every run. */
  Supplier<NlpModels> models = NlpModels::load;

  private record Split(String path, LineMap lines, List<Sentence> sentences) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Splitting needs only the sentence model; no database, no cues.
    TextAnalyzer analyzer = new TextAnalyzer(models.get(), CueLexicon.empty());
    ArticleReader reader = reading.reader();
    List<Split> splits = new ArrayList<>();
    boolean inputError = false;
    for (String input : inputs) {
      try {
        ArticleFormat chosen = inputFormat == null ? null : inputFormat.format();
        Article article = input.equals("-")
            ? reader.read("-", System.in, chosen == null ? ArticleFormat.TEXT : chosen)
            : reader.read(input, chosen);
        splits.add(new Split(input, new LineMap(article.text()), analyzer.sentences(article)));
      } catch (InputException e) {
        err.println(TerminalText.safe(e.getMessage()));
        inputError = true;
      }
    }
    err.flush();
    if (format == Format.json) {
      writeJson(splits, out);
    } else {
      writeText(splits, out);
    }
    return inputError ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
  }

  private static void writeText(List<Split> splits, PrintWriter out) {
    for (Split split : splits) {
      for (Sentence s : split.sentences()) {
        LineMap.Position at = split.lines().position(s.start());
        out.println(TerminalText.safe(split.path() + ":" + at.line() + ":" + at.column() + ": [" + at.offset() + ","
            + split.lines().codePointOffset(s.end()) + ") " + s.text().replaceAll("\\s+", " ")));
      }
    }
    out.flush();
  }

  private static void writeJson(List<Split> splits, PrintWriter out) {
    try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      g.setCharacterEscapes(new JsonTextEscapes());
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (Split split : splits) {
        g.writeStartObject();
        g.writeStringField("path", split.path());
        g.writeArrayFieldStart("sentences");
        for (Sentence s : split.sentences()) {
          g.writeStartObject();
          g.writeStringField("text", s.text());
          g.writeNumberField("start", split.lines().codePointOffset(s.start()));
          g.writeNumberField("end", split.lines().codePointOffset(s.end()));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
