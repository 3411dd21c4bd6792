package dev.claimcheck.dosing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How often a dose is taken, as a range of times per day ("every 4-6 hours" is 4..6, "up to three
 * times daily" is 1..3, "weekly" is 1/7..1/7), with the words that said it. Immutable.
 */
public record Frequency(BigDecimal minPerDay, BigDecimal maxPerDay, String text) {
  public Frequency {
    Objects.requireNonNull(minPerDay, "minPerDay");
    Objects.requireNonNull(maxPerDay, "maxPerDay");
    Objects.requireNonNull(text, "text");
    if (minPerDay.compareTo(maxPerDay) > 0) {
      throw new IllegalArgumentException("min above max");
    }
  }

  static Frequency perDay(BigDecimal min, BigDecimal max, String text) {
    return new Frequency(min, max, text);
  }

  /** "up to 3 times a day", "4-6 times a day", "once a day", "1/7 times a day" for people. */
  public String describe() {
    String max = Quantity.plain(maxPerDay);
    if (maxPerDay.compareTo(BigDecimal.ONE) < 0) {
      return text;
    }
    String times = maxPerDay.compareTo(BigDecimal.ONE) == 0 ? "once" : max + " times";
    if (minPerDay.compareTo(maxPerDay) == 0) {
      return times + " a day";
    }
    if (minPerDay.compareTo(BigDecimal.ONE) <= 0) {
      return "up to " + times + " a day";
    }
    return Quantity.plain(minPerDay) + "-" + max + " times a day";
  }
}
