package dev.claimcheck.overstatement;

/**
 * The ways a sentence can overstate a benefit (RUBRIC.md, "overstated" 1-5), with their stable rule
 * ids. Declared in order of precedence: when several apply to one sentence at the same severity,
 * the first is reported, so a finding names the cue that gave the sentence away when there is one.
 */
enum OverstatementRule {
  /** Boosters and absolutes on a benefit or on safety: "proven", "cure", "no side effects". */
  ABSOLUTE_CLAIM("absolute-claim"),
  /** Evidence invoked that is not there or is weaker than the words: "research shows", "well-documented". */
  OVERSTATED_EVIDENCE("overstated-evidence"),
  /** Safety or superiority stated without support: "a safer option", "relief without the side effects". */
  UNSUPPORTED_SAFETY("unsupported-safety"),
  /** Selling instead of informing: "offers hope", "a compelling option". */
  PROMOTIONAL_FRAMING("promotional-framing"),
  /** A contested or unsupported benefit stated as fact: "kratom offers relief from cravings". */
  UNHEDGED_BENEFIT("unhedged-benefit");

  private final String id;

  OverstatementRule(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}
