package dev.claimcheck.overstatement;

/** How much certainty the words of a sentence claim, for comparison with the evidence. */
enum Wording {
  /** Stated as fact, sold, or backed by a study that is only said to "suggest". */
  PLAIN(1),
  /** Absolute, boosted, or backed by evidence said to "show" or "prove". */
  STRONG(2);

  private final int level;

  Wording(int level) {
    this.level = level;
  }

  int level() {
    return level;
  }
}
