package dev.claimcheck.overstatement;

import dev.claimcheck.claims.ClaimKind;
import java.util.List;
import java.util.Optional;

/**
 * A claim of one kind, rated contested or unsupported, asserted without a hedge or a frame:
 * rubric rule 1 for benefits ("it's effective") and rule 3 for safety and superiority ("a safer
 * option", "relief without the side effects of medication"). Titles announce topics and are left
 * alone. Stateless.
 */
final class AssertedClaimRule implements Rule {
  private final ClaimKind kind;
  private final OverstatementRule rule;

  AssertedClaimRule(ClaimKind kind, OverstatementRule rule) {
    this.kind = kind;
    this.rule = rule;
  }

  @Override
  public Optional<Judgement> judge(Reading reading) {
    if (reading.isTitle()) {
      return Optional.empty();
    }
    return reading.claims().stream()
        .filter(a -> a.asserted() && a.claim().kind() == kind && a.claim().rating().isProblem())
        .sorted(Reading.WORST_FIRST)
        .findFirst()
        .map(a -> new Judgement(rule, Wording.PLAIN, Optional.of(a.match()), List.of()));
  }
}
