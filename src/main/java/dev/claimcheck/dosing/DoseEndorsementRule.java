package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.DoseStatus;
import dev.claimcheck.claims.Substance;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dose given earlier, now vouched for: "this dosage is very safe for every age", "these amounts
 * are perfectly harmless" (RUBRIC dosing: the sentence endorses an instruction for a substance
 * with no approved dose). The amount itself is {@link DoseAmountRule}'s; here the sentence has
 * none, only the dose it points back to. "No dose is safe" and "this dose is not safe" warn.
 */
final class DoseEndorsementRule implements DosingRule {
  private static final Pattern ENDORSED = Pattern.compile("\\b(?:this|that|these|those|such|the recommended|the above|"
      + "the suggested|my|our) (?:dose|dosage|doses|dosages|amount|amounts|regimen|cycle|cycles|schedule)"
      + "((?: \\w+){0,2}) (?:is|are|remains?) ((?:\\w+ ){0,2})(?:safe|harmless|fine|well tolerated)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> DENIALS = Set.of("not", "never", "hardly", "rarely", "no", "un");

  @Override
  public List<Finding> judge(SentenceFacts f) {
    Matcher m = ENDORSED.matcher(f.sentence().text());
    if (!m.find() || denied(m.group(1)) || denied(m.group(2)) || f.frame().reports()) {
      return List.of();
    }
    Optional<Substance> s = f.namedSubstances().stream().findFirst().or(f::articleSubject);
    if (s.isEmpty() || s.get().hasApprovedDose()) {
      return List.of();
    }
    boolean studied = s.get().doseStatus().filter(d -> d == DoseStatus.STUDIED_DOSES).isPresent();
    return List.of(f.finding(studied ? Severity.WARNING : Severity.ERROR, "dose-no-approved-use",
        "Vouches for a dose of " + s.get().name() + " (\"" + m.group() + "\"); " + s.get().name()
            + " has no approved dose, so no amount of it is known to be safe.", List.of()));
  }

  private static boolean denied(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
      if (DENIALS.contains(w) || w.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }
}
