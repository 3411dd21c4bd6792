package dev.claimcheck.cli;

import dev.claimcheck.api.CheckOptions;
import dev.claimcheck.api.CheckReport;
import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.batch.BatchInput;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.report.FileResult;
import dev.claimcheck.suppress.Baseline;
import dev.claimcheck.suppress.Outcome;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks one input of a batch end to end: read the file, check it with the shared
 * {@link ClaimChecker} (analysis, checks, suppression comments, the configured policy), then apply
 * the baseline. Any failure becomes that file's one-line error, so one bad file never stops a batch.
 */
final class FileChecker implements Function<BatchInput, FileResult> {
  /** What every worker of a run shares: immutable settings and the engine. */
  record Settings(
      ClaimChecker checker,
      ArticleReader reader,
      Optional<ArticleFormat> format,
      CheckOptions options,
      Baseline baseline,
      boolean keepArticles,
      boolean verbose,
      PrintWriter err,
      InputStream stdin) {}

  private final Settings settings;

  FileChecker(Settings settings) {
    this.settings = settings;
  }

  @Override
  public FileResult apply(BatchInput input) {
    String path = input.displayPath();
    if (input.problem().isPresent()) {
      return FileResult.failed(path, input.problem().get());
    }
    try {
      ArticleFormat format = settings.format().orElse(null);
      Article article = input.isStdin()
          ? settings.reader().read("-", settings.stdin(), format == null ? ArticleFormat.TEXT : format)
          : settings.reader().read(input.file().orElseThrow(), format);
      if (!path.equals(article.path())) {
        article = new Article(path, article.text(), article.format(), article.blocks(), article.comments());
      }
      CheckReport report = settings.checker().check(article, settings.options());
      Outcome reviewed = settings.baseline().apply(path, report.findings());
      int suppressed = report.suppressed() + reviewed.suppressed();
      return new FileResult(path, Optional.empty(), new LineMap(article.text()), reviewed.kept(), suppressed,
          settings.keepArticles() ? Optional.of(article) : Optional.empty());
    } catch (InputException e) {
      return FileResult.failed(path, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      if (settings.verbose()) {
        e.printStackTrace(settings.err());
      }
      // A bug met by one article must not cost the other articles their findings.
      return FileResult.failed(path, InternalFailure.describe(path, e));
    }
  }
}
