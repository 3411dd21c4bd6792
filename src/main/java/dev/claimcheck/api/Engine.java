package dev.claimcheck.api;

import dev.claimcheck.check.ArticleChecker;
import dev.claimcheck.check.Check;
import dev.claimcheck.check.ClaimCheck;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.dosing.DosingCheck;
import dev.claimcheck.match.ClaimMatcher;
import dev.claimcheck.match.TermWordsTable;
import dev.claimcheck.overstatement.OverstatedBenefitCheck;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: the models and database loaded once, the matcher and the checks built from
 * them. Shared, immutable parts only; each thread makes its own {@link TextAnalyzer}. Public so that
 * the benchmark (bench/) times exactly the checks the CLI runs.
 */
public final class Engine {
  private final NlpModels models;
  private final ClaimDatabase db;
  private final ClaimMatcher matcher;
  private final ArticleChecker checker;

  public Engine(NlpModels models, ClaimDatabase db) {
    this(models, db, List.of());
  }

  /** An engine that also runs {@code extraChecks} after the built-in ones. */
  public Engine(NlpModels models, ClaimDatabase db, List<Check> extraChecks) {
    this.models = models;
    this.db = db;
    TextAnalyzer termAnalyzer = newAnalyzer();
    TermWordsTable built = TermWordsTable.embedded();
    this.matcher = new ClaimMatcher(db, term -> built.words(term).orElseGet(() -> termAnalyzer.words(term)));
    List<Check> all = new ArrayList<>(checks(db));
    all.addAll(extraChecks);
    this.checker = new ArticleChecker(matcher, all);
  }

  /** Every check claimcheck runs, in report order. */
  private static List<Check> checks(ClaimDatabase db) {
    return List.of(new ClaimCheck(), new DosingCheck(db), new OverstatedBenefitCheck(db));
  }

  public TextAnalyzer newAnalyzer() {
    return new TextAnalyzer(models, db.cues());
  }

  public ClaimDatabase db() {
    return db;
  }

  public ClaimMatcher matcher() {
    return matcher;
  }

  /** The checks, for running the database's substance examples. */
  public List<Check> checks() {
    return checks(db);
  }

  public ArticleChecker checker() {
    return checker;
  }
}
