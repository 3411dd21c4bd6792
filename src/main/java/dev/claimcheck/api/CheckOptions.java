package dev.claimcheck.api;

import dev.claimcheck.suppress.FindingPolicy;
import dev.claimcheck.suppress.RuleSelector;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one check treats its findings after the checks ran: whether the article's own
 * {@code claimcheck-disable} comments count (off for untrusted submissions), and the policy of
 * disabled rules, severities and minimum severity. Immutable.
 */
public record CheckOptions(boolean inlineSuppressions, FindingPolicy policy) {
  public CheckOptions {
    Objects.requireNonNull(policy, "policy");
  }

  /** What {@code claimcheck check} does without a configuration: comments honoured, nothing disabled. */
  public static CheckOptions defaults() {
    return new CheckOptions(true, FindingPolicy.none());
  }

  /** The defaults with these claim ids, rule ids or categories switched off. */
  public static CheckOptions disabling(List<String> ids) {
    List<RuleSelector> off = ids.stream().filter(id -> !id.isBlank()).map(id -> new RuleSelector(id.strip())).toList();
    return new CheckOptions(true, new FindingPolicy(off, java.util.Map.of(), Optional.empty()));
  }

  public CheckOptions withInlineSuppressions(boolean on) {
    return new CheckOptions(on, policy);
  }
}
