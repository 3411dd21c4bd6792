package dev.claimcheck.suppress;

import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.SourceComment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code <!-- claimcheck-... -->} comment. Immutable.
 *
 * @param kind what the comment does
 * @param selectors the claims, rules or categories it names; empty means all
 * @param reason why, as written after the colon; required to suppress anything
 * @param comment the comment it was read from
 */
record SuppressionDirective(Kind kind, List<RuleSelector> selectors, Optional<String> reason, SourceComment comment) {
  enum Kind {
    /** {@code claimcheck-disable-next-line}: the next line with text. */
    NEXT_LINE("claimcheck-disable-next-line"),
    /** {@code claimcheck-disable}: from here to the matching enable or the end of the file. */
    DISABLE("claimcheck-disable"),
    /** {@code claimcheck-enable}: ends a disable. */
    ENABLE("claimcheck-enable");

    final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }
  }

  SuppressionDirective {
    Objects.requireNonNull(kind, "kind");
    selectors = List.copyOf(selectors);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(comment, "comment");
  }

  boolean covers(Finding f) {
    return selectors.isEmpty() || selectors.stream().anyMatch(s -> s.matches(f));
  }
}
