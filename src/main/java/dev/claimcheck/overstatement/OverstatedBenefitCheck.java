package dev.claimcheck.overstatement;

import dev.claimcheck.check.Check;
import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimKind;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.match.MatchedSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reports sentences whose wording is more certain than the evidence for their claim: at most one
 * {@code overstatement} finding per sentence, from the rule whose gap between wording and
 * evidence is widest. Questions are skipped (they assert nothing). Stateless and thread-safe: the
 * database and cue lexicon are immutable and every reading is local to a call.
 */
public final class OverstatedBenefitCheck implements Check {
  private final SentenceReader reader;
  private final List<Rule> rules = List.of(
      new AbsoluteClaimRule(),
      new OverstatedEvidenceRule(),
      new AssertedClaimRule(ClaimKind.SAFETY, OverstatementRule.UNSUPPORTED_SAFETY),
      new PromotionalFramingRule(),
      new AssertedClaimRule(ClaimKind.BENEFIT, OverstatementRule.UNHEDGED_BENEFIT));

  private final FrameOverstatement frames;

  public OverstatedBenefitCheck(ClaimDatabase db) {
    this.reader = new SentenceReader(db.cues(), new BenefitVocabulary(db));
    this.frames = new FrameOverstatement(db);
  }

  @Override
  public String id() {
    return "overstatement";
  }

  @Override
  public List<Finding> check(MatchedArticle article) {
    List<Finding> findings = new ArrayList<>();
    for (MatchedSentence sentence : article.sentences()) {
      if (sentence.sentence().isQuestion()) {
        continue;
      }
      Reading reading = reader.read(sentence, article.mainSubject());
      Optional<Judgement> judged = judge(reading);
      if (judged.isPresent()) {
        findings.add(Explainer.explain(judged.get(), reading));
      } else {
        // Any substance of the registry, judged per claim frame.
        frames.judge(sentence).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /** The widest gap wins; at equal severity, the rule declared first in {@link OverstatementRule}. */
  Optional<Judgement> judge(Reading reading) {
    return rules.stream()
        .map(rule -> rule.judge(reading))
        .flatMap(Optional::stream)
        .max(Comparator.comparing(Judgement::severity)
            .thenComparing(j -> -j.rule().ordinal()));
  }
}
