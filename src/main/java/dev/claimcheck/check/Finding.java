package dev.claimcheck.check;

import dev.claimcheck.match.ClaimMatch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in an article, citing the database entry behind it. Immutable.
 *
 * @param category claim, dosing or overstatement
 * @param severity how serious
 * @param rule short stable rule id
 * @param message one line for a person
 * @param sentence the sentence as written
 * @param start char index in the article's decoded text where the finding starts
 * @param end char index where it ends (exclusive)
 * @param claim the claim involved, if any
 * @param details structured data for tools
 */
public record Finding(
    Category category,
    Severity severity,
    String rule,
    String message,
    String sentence,
    int start,
    int end,
    Optional<ClaimMatch> claim,
    List<FindingDetail> details) {
  public Finding {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(claim, "claim");
    details = List.copyOf(details);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
