package dev.claimcheck.suppress;

import dev.claimcheck.check.Finding;
import java.util.Objects;

/**
 * Names findings the way users do in configuration and suppression comments: by claim id
 * ({@code KRATOM_IS_SAFE}), rule id ({@code unsupported-claim}) or category ({@code dosing}).
 * Immutable.
 */
public record RuleSelector(String id) {
  public RuleSelector {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("empty rule id");
    }
  }

  public boolean matches(Finding f) {
    return id.equals(f.rule())
        || id.equals(f.category().label())
        || f.claim().map(m -> m.claim().id().value().equals(id)).orElse(false);
  }

  /**
   * How closely this selector names {@code f}: 3 for its claim id, 2 for its rule, 1 for its
   * category, 0 when it does not match. The most specific severity override wins.
   */
  int specificity(Finding f) {
    if (f.claim().map(m -> m.claim().id().value().equals(id)).orElse(false)) {
      return 3;
    }
    if (id.equals(f.rule())) {
      return 2;
    }
    return id.equals(f.category().label()) ? 1 : 0;
  }

  @Override
  public String toString() {
    return id;
  }
}
