package dev.claimcheck.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.TestFindings;
import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Rating;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingPolicyTest {
  private static final String TEXT = "Claim one. Claim two. Dose one. Contested one.";
  private final List<Finding> findings = List.of(
      TestFindings.claimFinding(TEXT, "Claim one.", TestFindings.claim("ZORB_A", Rating.UNSUPPORTED)),
      TestFindings.claimFinding(TEXT, "Claim two.", TestFindings.claim("ZORB_B", Rating.UNSUPPORTED)),
      TestFindings.finding(TEXT, "Dose one.", Category.DOSING, Severity.ERROR, "unsafe-dose"),
      TestFindings.claimFinding(TEXT, "Contested one.", TestFindings.claim("ZORB_C", Rating.CONTESTED)));

  private static List<String> describe(Outcome o) {
    return o.kept().stream().map(f -> f.sentence() + " " + f.severity().label()).toList();
  }

  @Test
  void disabledIdsAreDroppedByClaimRuleOrCategory() {
    FindingPolicy policy = new FindingPolicy(List.of(new RuleSelector("ZORB_A"), new RuleSelector("dosing")), Map.of(), Optional.empty());
    assertEquals(List.of("Claim two. warning", "Contested one. info"), describe(policy.apply(findings)));
  }

  @Test
  void theMostSpecificOverrideWinsAndTheMinimumAppliesAfterIt() {
    FindingPolicy policy = new FindingPolicy(List.of(),
        Map.of(new RuleSelector("unsupported-claim"), Severity.ERROR, new RuleSelector("ZORB_B"), Severity.INFO,
            new RuleSelector("contested-claim"), Severity.WARNING),
        Optional.of(Severity.WARNING));
    assertEquals(List.of("Claim one. error", "Dose one. error", "Contested one. warning"), describe(policy.apply(findings)));
  }
}
