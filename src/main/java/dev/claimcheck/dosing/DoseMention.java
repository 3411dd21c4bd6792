package dev.claimcheck.dosing;

import java.util.Objects;
import java.util.Optional;

/**
 * One dose read from a sentence: the amount (absent for a bare schedule such as "take it three
 * times a day"), how often, and what else was said about it. Immutable.
 *
 * @param amount the single dose, if an amount was given
 * @param bound whether the amount is exact, a ceiling ("up to", "no more than") or a floor
 *     ("more than", "over": usually a threshold being described, not advised)
 * @param perKg whether the amount is per kilogram of body weight ("2 mg/kg")
 * @param frequency how often, if said
 * @param perServing whether the text ties the amount to one serving ("per serving", "at a time")
 * @param route "oral", "sublingual", ... if said
 * @param duration "2 weeks", ... if said
 * @param pieces how the amount was made up, when it was counted in pieces of a stated strength
 *     ("2 capsules × 25 mg"), for the arithmetic a finding shows
 * @param text the words the dose was read from
 * @param startToken first token of the dose
 * @param endToken token after the last (exclusive)
 */
public record DoseMention(
    Optional<Quantity> amount,
    Bound bound,
    boolean perKg,
    Optional<Frequency> frequency,
    boolean perServing,
    Optional<String> route,
    Optional<String> duration,
    Optional<String> pieces,
    String text,
    int startToken,
    int endToken) {
  /** How the amount limits the dose. */
  public enum Bound { EXACT, UP_TO, AT_LEAST }

  public DoseMention {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(pieces, "pieces");
    Objects.requireNonNull(text, "text");
  }

  /** The largest daily total implied: the amount times the frequency, when both are known. */
  public Optional<Quantity> dailyTotal() {
    if (amount.isEmpty() || frequency.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(amount.get().perDay(frequency.get()));
  }

  DoseMention withFrequency(Frequency f) {
    return new DoseMention(amount, bound, perKg, Optional.of(f), perServing, route, duration, pieces, text, startToken, endToken);
  }

  DoseMention with(boolean serving, Optional<String> newRoute, Optional<String> newDuration) {
    return new DoseMention(amount, bound, perKg, frequency, perServing || serving,
        route.isPresent() ? route : newRoute, duration.isPresent() ? duration : newDuration, pieces, text, startToken, endToken);
  }
}
