package dev.claimcheck.claims;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much one unit of a measure holds for one substance: one level teaspoon of leaf powder is
 * {@code min}..{@code max} grams. A range, because household measures vary. Immutable.
 *
 * @param from the measure converted (one of it)
 * @param min the smallest amount it holds, in {@code to}
 * @param max the largest amount it holds, in {@code to}
 * @param to the unit of {@code min} and {@code max}
 * @param source where the figure comes from
 */
public record UnitConversion(DoseUnit from, BigDecimal min, BigDecimal max, DoseUnit to, Source source) {
  public UnitConversion {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(source, "source");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("conversion min above max");
    }
  }
}
