package dev.claimcheck.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the outcome vocabulary: a condition, symptom, body function, measure, harm or
 * medication, with the words that name it and its place in the hierarchy. Type, seriousness and
 * direction may be left to the parent; {@link Outcomes} resolves them. Immutable.
 *
 * @param id UPPER_SNAKE id
 * @param parent the more general outcome, if any
 * @param type its kind, if stated here
 * @param serious whether stated serious here (cancer, diabetes, heart disease, infections, ...)
 * @param lowerIsBetter for measures: whether lower is the good direction, if stated here
 * @param terms lower-case words and phrases that name it
 */
public record Outcome(String id, Optional<String> parent, Optional<OutcomeType> type, Optional<Boolean> serious,
    Optional<Boolean> lowerIsBetter, List<String> terms, Location location) {
  public Outcome {
    Objects.requireNonNull(id, "id");
    terms = List.copyOf(terms);
  }

  /** A readable name: the first term, or the id in lower case. */
  public String label() {
    return terms.isEmpty() ? id.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : terms.get(0);
  }
}
