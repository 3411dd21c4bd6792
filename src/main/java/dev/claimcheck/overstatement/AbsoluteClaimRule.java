package dev.claimcheck.overstatement;

import dev.claimcheck.lexicon.CueKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Boosters and absolutes on a benefit or on safety (rubric rule 2), whatever the claim's rating and
 * even under a hedge ("may offer relief without the risk of addiction" is still an absolute), but
 * not when attributed ("sellers claim it has no side effects"). The booster must sit in a clause
 * that names a benefit or safety claim or, in a sentence about the article's subject, be a benefit
 * word itself ("a miracle") or stand right before one ("effectively blocks withdrawal").
 * Statements of risk ("proven to cause dependence") are left alone, and so are weak boosters that
 * contain a hedge ("not yet proven"). Stateless.
 */
final class AbsoluteClaimRule implements Rule {
  @Override
  public Optional<Judgement> judge(Reading reading) {
    Clauses clauses = reading.certainty().clauses();
    List<Judgement> found = new ArrayList<>();
    for (FoundCue booster : reading.certainty().cues(CueKind.BOOSTER)) {
      int clause = clauses.of(booster.start());
      if (booster.weak() || reading.certainty().framed(booster.start()) || reading.statesRisk(clause, booster)) {
        continue;
      }
      Optional<ClaimAssertion> claim = reading.claims().stream()
          .filter(a -> Reading.touchesClause(a, clauses, clause))
          .sorted(Reading.WORST_FIRST)
          .findFirst();
      if (claim.isPresent()) {
        found.add(new Judgement(OverstatementRule.ABSOLUTE_CLAIM, Wording.STRONG, Optional.of(claim.get().match()), List.of(booster)));
      } else if (reading.aboutSubject() && governsBenefitWord(reading, booster)) {
        found.add(new Judgement(OverstatementRule.ABSOLUTE_CLAIM, Wording.STRONG, Optional.empty(), List.of(booster)));
      }
    }
    return found.stream().max(Comparator.comparing(Judgement::severity));
  }

  private static boolean governsBenefitWord(Reading reading, FoundCue booster) {
    // Two tokens: "effectively blocks", "clearly is effective".
    return reading.benefitHits(reading.certainty().clauses().of(booster.start())).stream()
        .anyMatch(h -> booster.overlaps(h.start(), h.end()) || (h.start() >= booster.end() && h.start() <= booster.end() + 1));
  }
}
