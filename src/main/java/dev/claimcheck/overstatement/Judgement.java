package dev.claimcheck.overstatement;

import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.ClaimKind;
import dev.claimcheck.match.ClaimMatch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule's verdict on a sentence: what is overstated, how strongly it is worded, the claim it
 * overstates (when one is known) and the cues that gave it away. Immutable.
 */
record Judgement(OverstatementRule rule, Wording wording, Optional<ClaimMatch> claim, List<FoundCue> cues) {
  Judgement {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(wording, "wording");
    Objects.requireNonNull(claim, "claim");
    cues = List.copyOf(cues);
  }

  /**
   * Severity follows the gap between wording and evidence: the wording's level (1 plain, 2
   * strong) plus how far the rating falls short (0 supported, 1 contested, 2 unsupported; 1 when no
   * claim is known). A gap of 2 or 3 is a warning: promotional framing of a contested benefit (2),
   * a booster on a supported claim (2, the rubric flags absolutes whatever the claim), an
   * unsupported benefit stated as fact (3). The widest gap (4) is an error when the claim is about
   * safety: "no side effects" or "not addictive" for a claim rated unsupported invites readers to
   * take risks they are told do not exist. Below 2 is info.
   */
  Severity severity() {
    int gap = wording.level() + claim.map(m -> Reading.deficit(m.claim().rating())).orElse(1);
    boolean safety = claim.map(m -> m.claim().kind() == ClaimKind.SAFETY).orElse(false);
    if (gap >= 4 && safety) {
      return Severity.ERROR;
    }
    return gap >= 2 ? Severity.WARNING : Severity.INFO;
  }
}
