package dev.claimcheck.claims;

import java.util.Locale;
import java.util.Optional;

/** What kind of thing an outcome is; decides which way a verb's direction points (docs/registry-format.md). */
public enum OutcomeType {
  /** A diagnosable disease or disorder: arthritis, depression, cancer. */
  DISEASE,
  /** A symptom or complaint: pain, fatigue, bloating, cravings. */
  SYMPTOM,
  /** A body function or state to support: memory, immunity, energy. */
  FUNCTION,
  /** A lab or body measure with a good direction: cholesterol, blood sugar, weight. */
  MEASURE,
  /** A side effect or damage: liver damage, bleeding, dependence, death. */
  HARM,
  /** A medicine or class a substance may interact with. */
  MEDICATION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether less of it is better (diseases, symptoms, harms). */
  public boolean isBad() {
    return this == DISEASE || this == SYMPTOM || this == HARM;
  }

  static Optional<OutcomeType> parse(String text) {
    for (OutcomeType t : values()) {
      if (t.label().equals(text)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
