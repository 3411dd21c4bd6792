package dev.claimcheck.cli;

import dev.claimcheck.batch.BatchInput;
import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.report.FileResult;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.suppress.Baseline;
import dev.claimcheck.suppress.FindingPolicy;
import dev.claimcheck.suppress.InlineSuppressions;
import dev.claimcheck.suppress.Outcome;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks one input of a batch end to end: read, analyse, run the checks, then apply suppression
 * comments, the configured policy and the baseline. Any failure becomes that file's one-line
 * error, so one bad file never stops a batch. Not thread-safe: one per worker thread (it owns a
 * {@link TextAnalyzer}); the engine behind it is shared.
 */
final class FileChecker implements Function<BatchInput, FileResult> {
  /** What every worker of a run shares: immutable settings and the engine. */
  record Settings(
      Engine engine,
      ArticleReader reader,
      Optional<ArticleFormat> format,
      boolean inlineSuppressions,
      FindingPolicy policy,
      Baseline baseline,
      boolean keepArticles,
      boolean verbose,
      PrintWriter err,
      InputStream stdin) {}

  private final Settings settings;
  private final TextAnalyzer analyzer;
  private final InlineSuppressions inline = new InlineSuppressions();

  FileChecker(Settings settings) {
    this.settings = settings;
    this.analyzer = settings.engine().newAnalyzer();
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
      List<Finding> findings = settings.engine().checker().check(analyzer.analyze(article));
      int suppressed = 0;
      if (settings.inlineSuppressions()) {
        Outcome o = inline.apply(article, findings);
        findings = o.kept();
        suppressed += o.suppressed();
      }
      // Disabled rules and the minimum severity are the project's settings, not suppressions.
      findings = settings.policy().apply(findings).kept();
      Outcome reviewed = settings.baseline().apply(path, findings);
      suppressed += reviewed.suppressed();
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
