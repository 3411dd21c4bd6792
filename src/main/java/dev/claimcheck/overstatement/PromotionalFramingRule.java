package dev.claimcheck.overstatement;

import dev.claimcheck.lexicon.CueKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Promotional framing that implies a proven benefit ("offers hope", "a compelling option", "a
 * safer and more accessible option"): rubric rule 5. A modal does not take the sell out of a
 * strong phrase ("may find it a valuable tool"), but a hedge on the phrase itself does ("a
 * potential natural solution"); a weak phrase yields to any hedge ("may offer a promising
 * avenue" is only mildly promotional). Left alone when framed, and when the sentence is not about
 * the article's subject. The claim reported is the worst benefit or safety claim of the sentence,
 * preferring one named in the same clause. Stateless.
 */
final class PromotionalFramingRule implements Rule {
  @Override
  public Optional<Judgement> judge(Reading reading) {
    if (reading.isTitle() || !reading.aboutSubject()) {
      return Optional.empty();
    }
    SentenceCertainty certainty = reading.certainty();
    Clauses clauses = certainty.clauses();
    for (FoundCue promo : certainty.cues(CueKind.PROMOTIONAL)) {
      boolean hedged = promo.weak() ? certainty.hedged(promo.start()) : certainty.hedgedBeyondModal(promo.start());
      if (hedged || certainty.framed(promo.start())) {
        continue;
      }
      int clause = clauses.of(promo.start());
      Optional<ClaimAssertion> claim = reading.claims().stream()
          .sorted(Comparator.comparing((ClaimAssertion a) -> !Reading.touchesClause(a, clauses, clause))
              .thenComparing(Reading.WORST_FIRST))
          .findFirst();
      return Optional.of(new Judgement(OverstatementRule.PROMOTIONAL_FRAMING, Wording.PLAIN,
          claim.map(ClaimAssertion::match), List.of(promo)));
    }
    return Optional.empty();
  }
}
