package dev.claimcheck.suppress;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a project switched off or re-rated (from {@code .claimcheck.yaml} or the command line):
 * findings named in {@code disabled} are dropped, {@code severities} override a finding's severity
 * (a claim id beats a rule id, which beats a category), and findings below {@code minimum} (after
 * overrides) are dropped. Immutable and thread-safe.
 */
public record FindingPolicy(List<RuleSelector> disabled, Map<RuleSelector, Severity> severities, Optional<Severity> minimum) {
  public FindingPolicy {
    disabled = List.copyOf(disabled);
    severities = Map.copyOf(severities);
    Objects.requireNonNull(minimum, "minimum");
  }

  /** Reports everything as the checks rate it. */
  public static FindingPolicy none() {
    return new FindingPolicy(List.of(), Map.of(), Optional.empty());
  }

  public Outcome apply(List<Finding> findings) {
    List<Finding> kept = new ArrayList<>(findings.size());
    int dropped = 0;
    for (Finding f : findings) {
      if (disabled.stream().anyMatch(s -> s.matches(f))) {
        dropped++;
        continue;
      }
      Finding rated = rerate(f);
      if (minimum.isPresent() && !rated.severity().atLeast(minimum.get())) {
        dropped++;
        continue;
      }
      kept.add(rated);
    }
    return new Outcome(kept, dropped);
  }

  private Finding rerate(Finding f) {
    int best = 0;
    Severity severity = f.severity();
    for (Map.Entry<RuleSelector, Severity> e : severities.entrySet()) {
      int s = e.getKey().specificity(f);
      if (s > best) {
        best = s;
        severity = e.getValue();
      }
    }
    if (severity == f.severity()) {
      return f;
    }
    return new Finding(f.category(), severity, f.rule(), f.message(), f.sentence(), f.start(), f.end(),
        f.claim(), f.details());
  }
}
