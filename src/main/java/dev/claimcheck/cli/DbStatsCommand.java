package dev.claimcheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.claims.Substance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck db stats [DIR]}: how much the database knows. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count the substances, outcomes, rated rows by rating, pattern claims and distinct sources.")
final class DbStatsCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Database directory to count instead of the built-in one.")
  Path dir;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  /** The counts; {@code rows} by rating. */
  record Stats(int substances, int outcomes, Map<Rating, Integer> rows, int claims, int sources) {
    static Stats of(ClaimDatabase db) {
      Map<Rating, Integer> rows = new EnumMap<>(Rating.class);
      for (Rating r : Rating.values()) {
        rows.put(r, 0);
      }
      Set<String> urls = new HashSet<>();
      for (EvidenceRow row : db.rows()) {
        rows.merge(row.claim().rating(), 1, Integer::sum);
        row.claim().sources().forEach(s -> urls.add(s.url()));
      }
      for (Claim c : db.claims()) {
        c.sources().forEach(s -> urls.add(s.url()));
      }
      for (Substance s : db.substances()) {
        s.sources().forEach(src -> urls.add(src.url()));
        s.limits().forEach(l -> urls.add(l.source().url()));
      }
      return new Stats(db.substances().size(), db.outcomes().all().size(), rows, db.claims().size(), urls.size());
    }
  }

  @Override
  public Integer call() {
    Optional<ClaimDatabase> db = database.load(Optional.ofNullable(dir), spec.commandLine().getErr());
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    Stats stats = Stats.of(db.get());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      writeJson(stats, out);
    } else {
      int total = stats.rows().values().stream().mapToInt(Integer::intValue).sum();
      out.println("substances  " + stats.substances());
      out.println("outcomes    " + stats.outcomes());
      out.println("rows        " + total + " (supported " + stats.rows().get(Rating.SUPPORTED) + ", contested "
          + stats.rows().get(Rating.CONTESTED) + ", unsupported " + stats.rows().get(Rating.UNSUPPORTED) + ")");
      out.println("claims      " + stats.claims() + " (concept patterns)");
      out.println("sources     " + stats.sources() + " (distinct URLs)");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void writeJson(Stats stats, PrintWriter out) {
    try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("substances", stats.substances());
      g.writeNumberField("outcomes", stats.outcomes());
      g.writeObjectFieldStart("rows");
      for (Rating r : Rating.values()) {
        g.writeNumberField(r.label(), stats.rows().get(r));
      }
      g.writeEndObject();
      g.writeNumberField("claims", stats.claims());
      g.writeNumberField("sources", stats.sources());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
