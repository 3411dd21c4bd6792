package dev.claimcheck.claims;

import java.util.Locale;
import java.util.Optional;

/** What the dose facts of a substance amount to (docs/registry-format.md, "Dose status"). */
public enum DoseStatus {
  /** A nutrient with a tolerable upper intake level. */
  UPPER_LIMIT,
  /** A nutrient for which no upper limit is set. */
  NO_UPPER_LIMIT,
  /** No approved dose, but doses used in trials; limits only where a source names one. */
  STUDIED_DOSES,
  /** No safe or approved dose for self-treatment: any dose instruction is unsafe. */
  NO_APPROVED_DOSE,
  /** Must never be swallowed. */
  NEVER_SWALLOW,
  /** A medicine whose dose a prescriber sets. */
  PRESCRIPTION;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<DoseStatus> parse(String text) {
    for (DoseStatus s : values()) {
      if (s.label().equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
