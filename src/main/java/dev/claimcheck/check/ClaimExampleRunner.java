package dev.claimcheck.check;

import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.match.FrameMatch;
import dev.claimcheck.read.Attribution;
import dev.claimcheck.read.ClaimFrame;
import dev.claimcheck.read.Polarity;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.BlockKind;
import dev.claimcheck.ingest.OffsetMap;
import dev.claimcheck.ingest.TextBlock;
import dev.claimcheck.lexicon.Cue;
import dev.claimcheck.lexicon.CueLexicon;
import dev.claimcheck.match.ClaimMatcher;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.segment.AnalyzedArticle;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Scope;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every example and counterexample in the database through the real pipeline (splitting,
 * tokens, lemmas, negation, matching), like LanguageTool's rule tests. Used by {@code claimcheck
 * db test} and by the test suite. Not thread-safe (it owns a TextAnalyzer).
 */
public final class ClaimExampleRunner {
  /** The outcome of one example, for counting and reporting. */
  public record Outcome(int run, List<ExampleFailure> failures) {
    public Outcome {
      failures = List.copyOf(failures);
    }
  }

  private final ClaimDatabase db;
  private final TextAnalyzer analyzer;
  private final ClaimMatcher matcher;
  private final List<Check> checks;

  public ClaimExampleRunner(ClaimDatabase db, TextAnalyzer analyzer, ClaimMatcher matcher) {
    this(db, analyzer, matcher, List.of());
  }

  /** With the checks that substance examples are run through (the dosing check judges them). */
  public ClaimExampleRunner(ClaimDatabase db, TextAnalyzer analyzer, ClaimMatcher matcher, List<Check> checks) {
    this.db = db;
    this.analyzer = analyzer;
    this.matcher = matcher;
    this.checks = List.copyOf(checks);
  }

  /** Runs the examples of every claim and every cue. */
  public Outcome runAll() {
    int run = 0;
    List<ExampleFailure> failures = new ArrayList<>();
    for (Claim claim : db.claims()) {
      Outcome o = run(claim);
      run += o.run();
      failures.addAll(o.failures());
    }
    for (EvidenceRow row : db.rows()) {
      Outcome o = run(row);
      run += o.run();
      failures.addAll(o.failures());
    }
    for (Cue cue : db.cues().cues()) {
      Outcome o = run(cue);
      run += o.run();
      failures.addAll(o.failures());
    }
    for (Substance substance : checks.isEmpty() ? List.<Substance>of() : db.substances()) {
      Outcome o = run(substance);
      run += o.run();
      failures.addAll(o.failures());
    }
    return new Outcome(run, failures);
  }

  /**
   * Each example of a substance must give a dosing finding when the article is about the
   * substance; each counterexample must give none.
   */
  public Outcome run(Substance substance) {
    List<ExampleFailure> failures = new ArrayList<>();
    for (String sentence : substance.examples()) {
      dosing(substance, sentence, true).ifPresent(failures::add);
    }
    for (String sentence : substance.counterexamples()) {
      dosing(substance, sentence, false).ifPresent(failures::add);
    }
    return new Outcome(substance.examples().size() + substance.counterexamples().size(), failures);
  }

  private Optional<ExampleFailure> dosing(Substance substance, String sentence, boolean shouldFind) {
    AnalyzedArticle a = analyzer.analyze(article(sentence));
    MatchedArticle matched = matcher.match(a);
    // "Take 2 g of it": the example is about the substance, as its article would be.
    MatchedArticle about = new MatchedArticle(a, Optional.of(substance.concept().orElse(substance.id())), matched.sentences());
    List<Finding> found = new ArrayList<>();
    for (Check check : checks) {
      check.check(about).stream().filter(f -> f.category() == Category.DOSING).forEach(found::add);
    }
    if (found.isEmpty() != shouldFind) {
      return Optional.empty();
    }
    String problem = shouldFind ? "example gives no dosing finding" : "counterexample gives a dosing finding: "
        + found.stream().map(f -> f.rule() + " (" + f.message() + ")").toList();
    return Optional.of(new ExampleFailure("substance " + substance.id(), substance.location().toString(), sentence, problem, describe(a)));
  }

  /** Each example must match the claim in some sentence; each counterexample in none. */
  public Outcome run(Claim claim) {
    List<ExampleFailure> failures = new ArrayList<>();
    claim.examples().forEach(e -> check(claim, e, true).ifPresent(failures::add));
    claim.counterexamples().forEach(e -> check(claim, e, false).ifPresent(failures::add));
    return new Outcome(claim.examples().size() + claim.counterexamples().size(), failures);
  }

  /**
   * Each example of a row must give a frame that finds the row and states or reports it; each
   * counterexample none. The row's substance stands behind pronouns, as in an article about it.
   */
  public Outcome run(EvidenceRow row) {
    List<ExampleFailure> failures = new ArrayList<>();
    row.claim().examples().forEach(e -> check(row, e, true).ifPresent(failures::add));
    row.claim().counterexamples().forEach(e -> check(row, e, false).ifPresent(failures::add));
    return new Outcome(row.claim().examples().size() + row.claim().counterexamples().size(), failures);
  }

  /** Runs one example ({@code shouldMatch}) or counterexample of a row; empty when it passes. */
  public Optional<ExampleFailure> check(EvidenceRow row, String sentence, boolean shouldMatch) {
    AnalyzedArticle a = analyzer.analyze(article(sentence));
    StringBuilder frames = new StringBuilder();
    boolean found = false;
    for (AnalyzedSentence s : a.sentences()) {
      MatchedSentence ms = matcher.match(s, Optional.of(row.substance()));
      for (FrameMatch fm : ms.frames()) {
        ClaimFrame f = fm.frame();
        frames.append("\n    frame: ").append(f.subject().orElse("?")).append('=').append(f.subjectText()).append(' ')
            .append(f.relation().label()).append(' ').append(f.outcome().orElse("?")).append('=').append(f.outcomeText())
            .append(' ').append(f.polarity().label()).append(' ').append(f.attribution().label()).append(' ')
            .append(f.strength().label()).append(" -> ").append(fm.row().map(r -> r.claim().id().value()).orElse("no row"));
        found |= fm.row().filter(r -> r == row).isPresent() && f.polarity() == Polarity.AFFIRMED
            && f.attribution() != Attribution.DENIED;
      }
    }
    if (found == shouldMatch) {
      return Optional.empty();
    }
    return Optional.of(new ExampleFailure(row.claim().id().value(), row.claim().location().toString(), sentence,
        shouldMatch ? "example does not find the row" : "counterexample finds the row", describe(a) + frames));
  }

  /** Each example must contain the cue; each counterexample must not. */
  public Outcome run(Cue cue) {
    List<ExampleFailure> failures = new ArrayList<>();
    cue.examples().forEach(e -> check(cue, e, true).ifPresent(failures::add));
    cue.counterexamples().forEach(e -> check(cue, e, false).ifPresent(failures::add));
    return new Outcome(cue.examples().size() + cue.counterexamples().size(), failures);
  }

  /** Runs one example ({@code shouldMatch}) or counterexample of a claim; empty when it passes. */
  public Optional<ExampleFailure> check(Claim claim, String sentence, boolean shouldMatch) {
    AnalyzedArticle a = analyzer.analyze(article(sentence));
    if (matches(a, claim, db.subjectOf(claim)) == shouldMatch) {
      return Optional.empty();
    }
    return Optional.of(failure(claim, sentence,
        shouldMatch ? "example does not match the claim" : "counterexample matches the claim", a));
  }

  /** Runs one example ({@code shouldMatch}) or counterexample of a cue; empty when it passes. */
  public Optional<ExampleFailure> check(Cue cue, String sentence, boolean shouldMatch) {
    AnalyzedArticle a = analyzer.analyze(article(sentence));
    if (hasCue(a, new CueLexicon(List.of(cue))) == shouldMatch) {
      return Optional.empty();
    }
    return Optional.of(cueFailure(cue, sentence,
        shouldMatch ? "example does not contain the cue" : "counterexample contains the cue", a));
  }

  private boolean matches(AnalyzedArticle a, Claim claim, Optional<String> subject) {
    for (AnalyzedSentence s : a.sentences()) {
      MatchedSentence ms = matcher.match(s, subject);
      if (ms.claims().stream().anyMatch(m -> m.claim().id().equals(claim.id()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCue(AnalyzedArticle a, CueLexicon single) {
    return a.sentences().stream().anyMatch(s -> !single.find(TextAnalyzer.view(s.tokens())).isEmpty());
  }

  /** A one-paragraph article holding the example text. */
  public static Article article(String text) {
    return new Article("example", text, ArticleFormat.TEXT,
        List.of(new TextBlock(text, BlockKind.PARAGRAPH, OffsetMap.contiguous(0, text.length()))));
  }

  private ExampleFailure failure(Claim claim, String sentence, String problem, AnalyzedArticle a) {
    StringBuilder analysis = new StringBuilder(describe(a));
    for (AnalyzedSentence s : a.sentences()) {
      MatchedSentence ms = matcher.match(s, db.subjectOf(claim));
      analysis.append("\n    concepts: ").append(ms.concepts().stream()
          .map(h -> h.concept() + "=" + h.text() + (h.negated() ? "(negated)" : "") + (h.viaReference() ? "(ref)" : ""))
          .toList());
      analysis.append("\n    claims: ").append(ms.claims().stream().map(m -> m.claim().id().value()).toList());
    }
    return new ExampleFailure(claim.id().value(), claim.location().toString(), sentence, problem, analysis.toString());
  }

  private static ExampleFailure cueFailure(Cue cue, String sentence, String problem, AnalyzedArticle a) {
    return new ExampleFailure(cue.kind().name().toLowerCase(java.util.Locale.ROOT) + " cue \"" + cue.phrase() + "\"",
        "cues.yaml", sentence, problem, describe(a));
  }

  /**
   * How the pipeline reads a text, for a person editing the database: tokens with tags and lemmas,
   * negation and hedge scopes, the concepts found and the claims matched (with the topic subject of
   * {@code subject} standing behind pronouns).
   */
  public String explain(String text, Optional<String> subject) {
    AnalyzedArticle a = analyzer.analyze(article(text));
    StringBuilder sb = new StringBuilder();
    for (AnalyzedSentence s : a.sentences()) {
      sb.append("sentence: ").append(s.text()).append('\n');
      sb.append(describe(new AnalyzedArticle(a.article(), List.of(s)))).append('\n');
      MatchedSentence ms = matcher.match(s, subject);
      sb.append("    concepts: ").append(ms.concepts().stream()
          .map(h -> h.concept() + "=" + h.text() + (h.negated() ? "(negated)" : "") + (h.hedged() ? "(hedged)" : "") + (h.viaReference() ? "(ref)" : ""))
          .toList()).append('\n');
      sb.append("    claims: ").append(ms.claims().stream()
          .map(m -> m.claim().id().value() + " " + m.claim().rating().label() + " score " + Math.round(m.score() * 100) / 100.0)
          .toList()).append('\n');
    }
    return sb.toString();
  }

  /** Tokens as text/TAG/lemma, plus negation and hedge scopes, LanguageTool style. */
  static String describe(AnalyzedArticle a) {
    StringBuilder sb = new StringBuilder();
    for (AnalyzedSentence s : a.sentences()) {
      sb.append("    tokens: ");
      for (Token t : s.tokens()) {
        sb.append(t.text()).append('/').append(t.tag()).append('/').append(t.lemma()).append(' ');
      }
      for (Scope n : s.negations()) {
        sb.append("\n    negation \"").append(n.cue()).append("\" covers tokens ").append(n.cueStart()).append("..").append(n.scopeEnd() - 1);
      }
      for (Scope h : s.hedges()) {
        sb.append("\n    hedge \"").append(h.cue()).append("\" covers tokens ").append(h.cueStart()).append("..").append(h.scopeEnd() - 1);
      }
    }
    return sb.toString();
  }
}
