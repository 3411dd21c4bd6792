package dev.claimcheck.cli;

import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.api.Engine;
import dev.claimcheck.claimreview.ClaimReviewException;
import dev.claimcheck.claimreview.ClaimReviewImporter;
import dev.claimcheck.claimreview.ClaimReviewReader;
import dev.claimcheck.claimreview.FactCheck;
import dev.claimcheck.claimreview.ImportResult;
import dev.claimcheck.claimreview.ImportWriter;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.report.TerminalText;
import dev.claimcheck.segment.NlpModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
 * {@code claimcheck db import-claimreview FILE [--out DIR]}: fact checks published as schema.org
 * ClaimReview become draft rows for a person to review (docs/claimreview.md).
 */
@Command(name = "import-claimreview", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Read fact checks published as schema.org ClaimReview (JSON-LD, or an HTML page's ld+json blocks) and "
        + "write draft rows for a person to review into a new database directory; list what cannot be mapped and why."},
    exitCodeList = {"0:the import was written", "2:usage error, input without a ClaimReview, invalid database, or an --out directory that is not empty"})
final class DbImportClaimReviewCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "ClaimReview JSON-LD (an object, an array or a @graph) or an HTML page.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "claimreview-drafts",
      description = "New or empty directory for the drafts (default: ${DEFAULT-VALUE}); use it as --db DIR once reviewed.")
  Path out;

  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  /** Where the models come from; tests share one set instead of loading them for every run. */
  Supplier<NlpModels> models = NlpModels::loadInBackground;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<FactCheck> reviews;
    try {
      ImportWriter.requireEmpty(out);
      reviews = new ClaimReviewReader().read(file.toString(), bytes());
    } catch (ClaimReviewException e) {
      return fail(err, e.getMessage());
    }
    NlpModels nlp = models.get();
    Optional<ClaimDatabase> db = database.load(Optional.empty(), err);
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    ClaimChecker checker = new ClaimChecker(new Engine(nlp, db.get()), new ArticleReader());
    ImportResult result = new ClaimReviewImporter(checker).importReviews(file.toString(), reviews);
    ImportWriter.Written written;
    try {
      written = new ImportWriter().write(out, file.toString(), result);
    } catch (IOException e) {
      return fail(err, out + ": cannot write: " + e.getMessage());
    }
    for (ImportResult.Draft d : result.drafts()) {
      for (FactCheck r : d.reviews()) {
        line(stdout, "draft     " + d.row().id() + " " + d.row().rating().label() + " <- " + review(r));
      }
    }
    for (ImportResult.Known k : result.known()) {
      line(stdout, "known     " + k.row().id().value() + " " + k.row().rating().label() + " <- " + review(k.review())
          + (k.agrees() ? ": agrees" : ": differs, the fact check reads " + k.mapped().label()));
    }
    for (ImportResult.Unmapped u : result.unmapped()) {
      line(stdout, "unmapped  " + review(u.review()) + ": " + u.reason());
    }
    long agree = result.known().stream().filter(ImportResult.Known::agrees).count();
    line(stdout, "claimreview: " + reviews.size() + " reviews in " + file + ": " + result.drafts().size() + " draft rows in "
        + written.drafts().size() + " files under " + out.resolve("substances") + ", " + result.known().size()
        + " already rated (" + agree + " agree; " + written.known() + "), " + result.unmapped().size() + " unmapped ("
        + written.unmapped() + ")");
    stdout.flush();
    return ExitCodes.OK;
  }

  private byte[] bytes() throws ClaimReviewException {
    try {
      if (Files.isDirectory(file)) {
        throw new ClaimReviewException(file + ": a directory, not a file");
      }
      if (Files.size(file) > ClaimReviewReader.MAX_BYTES) {
        throw new ClaimReviewException(file + ": larger than " + (ClaimReviewReader.MAX_BYTES / (1024 * 1024)) + " MB");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ClaimReviewException(file + ": no such file");
    } catch (IOException e) {
      throw new ClaimReviewException(file + ": cannot read: " + e.getMessage());
    }
  }

  private static String review(FactCheck r) {
    return "#" + r.index() + " \u201C" + r.claimReviewed().map(ClaimReviewImporter::unquoted).orElse("") + "\u201D ("
        + r.ratingLabel() + ")";
  }

  private static void line(PrintWriter w, String text) {
    w.println(TerminalText.safe(text));
  }

  private static int fail(PrintWriter err, String message) {
    err.println(TerminalText.safe("claimcheck: " + message));
    err.flush();
    return ExitCodes.USAGE_OR_INPUT;
  }
}
