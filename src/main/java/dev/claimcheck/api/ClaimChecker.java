package dev.claimcheck.api;

import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseException;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.suppress.InlineSuppressions;
import dev.claimcheck.suppress.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * claimcheck as a library: built once, then {@link #check} from any number of threads. The models,
 * the database and the matcher are shared and immutable; each thread gets its own
 * {@link TextAnalyzer} (the OpenNLP taggers are not thread-safe), made on its first check.
 *
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.load();
 * CheckReport report = checker.check("Kratom cures anxiety.", ArticleFormat.TEXT);
 * report.findings().forEach(f -> System.out.println(f.severity() + " " + f.rule() + ": " + f.message()));
 * }</pre>
 */
public final class ClaimChecker {
  private final Engine engine;
  private final ArticleReader reader;
  private final ThreadLocal<TextAnalyzer> analyzers;
  private final InlineSuppressions inline = new InlineSuppressions();

  public ClaimChecker(Engine engine, ArticleReader reader) {
    this.engine = engine;
    this.reader = reader;
    this.analyzers = ThreadLocal.withInitial(engine::newAnalyzer);
  }

  /** The built-in database and models. */
  public static ClaimChecker load() throws ClaimDatabaseException {
    return load(List.of());
  }

  /** The built-in database plus the databases in {@code extraDatabases}, and the models. */
  public static ClaimChecker load(List<Path> extraDatabases) throws ClaimDatabaseException {
    NlpModels models = NlpModels.loadInBackground();
    ClaimDatabase db = new ClaimDatabaseLoader().load(extraDatabases);
    return new ClaimChecker(new Engine(models, db), new ArticleReader());
  }

  /** Checks {@code text} written in {@code format} with the default options. */
  public CheckReport check(String text, ArticleFormat format) throws InputException {
    return check("-", text, format, CheckOptions.defaults());
  }

  /** Checks {@code text}; {@code path} is the name reports give it. */
  public CheckReport check(String path, String text, ArticleFormat format, CheckOptions options) throws InputException {
    return check(read(path, text, format), options);
  }

  /** Checks an article already read (the CLI reads files itself, with their encodings). */
  public CheckReport check(Article article, CheckOptions options) {
    List<Finding> findings = engine.checker().check(analyzers.get().analyze(article));
    int suppressed = 0;
    if (options.inlineSuppressions()) {
      Outcome kept = inline.apply(article, findings);
      findings = kept.kept();
      suppressed += kept.suppressed();
    }
    // Disabled rules and the minimum severity are settings, not suppressions: not counted.
    findings = options.policy().apply(findings).kept();
    return new CheckReport(article, findings, suppressed);
  }

  /** How each sentence of {@code article} is read and matched (the {@code analyze} command's view). */
  public MatchedArticle analyze(Article article) {
    return engine.matcher().match(analyzers.get().analyze(article));
  }

  /** Reads {@code text} as {@code format}, with the same limits and parsers as files get. */
  public Article read(String path, String text, ArticleFormat format) throws InputException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return reader.read(path, new ByteArrayInputStream(bytes), format);
  }

  public ClaimDatabase database() {
    return engine.db();
  }

  public Engine engine() {
    return engine;
  }
}
