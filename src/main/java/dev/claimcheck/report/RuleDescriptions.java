package dev.claimcheck.report;

import dev.claimcheck.check.Finding;
import java.util.Map;

/**
 * One-line and longer descriptions of the rules, for formats that describe their rules (SARIF).
 * Rules not listed here (added by newer checks) are described by their first finding's message.
 */
final class RuleDescriptions {
  /** A rule's short and full description. */
  record Description(String shortText, String fullText) {}

  private static final Map<String, Description> KNOWN = Map.of(
      "unsupported-claim", new Description("States a claim the evidence does not support",
          "The sentence states or presupposes a health claim that the claims database rates unsupported. The finding names the claim, the verdict and the sources behind the rating."),
      "contested-claim", new Description("States a contested claim",
          "The sentence states a health claim whose evidence is mixed or weak. Editors should check that the article presents it with the uncertainty it has."),
      "supported-claim", new Description("Names a supported claim",
          "The sentence states a health claim the evidence supports; shown for completeness."),
      "suppression-without-reason", new Description("Suppression comment without a reason",
          "A claimcheck-disable comment must say why the finding does not apply, after a colon. Without a reason the comment is ignored."),
      "invalid-suppression", new Description("Unknown claimcheck directive",
          "A comment starts with claimcheck- but is not claimcheck-disable-next-line, claimcheck-disable or claimcheck-enable."));

  private RuleDescriptions() {}

  static Description of(String rule, Finding example) {
    Description known = KNOWN.get(rule);
    if (known != null) {
      return known;
    }
    String humanized = rule.replace('-', ' ');
    return new Description(Character.toUpperCase(humanized.charAt(0)) + humanized.substring(1), example.message());
  }
}
