package dev.claimcheck.dosing;

import dev.claimcheck.claims.DoseUnit;
import dev.claimcheck.claims.UnitConversion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount range in one unit: "1-3 g" is 1..3 GRAM, "5 g" is 5..5 GRAM, "up to 5 g" is 0..5
 * GRAM. Exact decimal arithmetic; immutable.
 */
public record Quantity(BigDecimal min, BigDecimal max, DoseUnit unit) {
  static final MathContext PRECISION = MathContext.DECIMAL64;

  public Quantity {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(unit, "unit");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("min above max: " + min + " > " + max);
    }
  }

  public static Quantity of(BigDecimal value, DoseUnit unit) {
    return new Quantity(value, value, unit);
  }

  public boolean isRange() {
    return min.compareTo(max) != 0;
  }

  /** This amount taken {@code f.min()}..{@code f.max()} times a day. */
  public Quantity perDay(Frequency f) {
    return new Quantity(min.multiply(f.minPerDay(), PRECISION), max.multiply(f.maxPerDay(), PRECISION), unit);
  }

  public Quantity times(BigDecimal factor) {
    return new Quantity(min.multiply(factor, PRECISION), max.multiply(factor, PRECISION), unit);
  }

  /**
   * This amount in {@code target}: by the fixed factor when both units measure the same dimension
   * (g to mg), else through the substance's conversion of this unit (teaspoon to g, mcg to IU).
   */
  public Optional<Quantity> in(DoseUnit target, Optional<UnitConversion> conversion) {
    if (unit == target) {
      return Optional.of(this);
    }
    if (unit.dimension() == target.dimension() && unit.dimension() != DoseUnit.Dimension.PIECE
        && unit.dimension() != DoseUnit.Dimension.HOUSEHOLD) {
      BigDecimal f = unit.factor().divide(target.factor(), PRECISION);
      return Optional.of(times(f).withUnit(target));
    }
    if (conversion.isPresent() && conversion.get().from() == unit) {
      UnitConversion c = conversion.get();
      Quantity converted = new Quantity(min.multiply(c.min(), PRECISION), max.multiply(c.max(), PRECISION), c.to());
      return converted.in(target, Optional.empty());
    }
    return Optional.empty();
  }

  private Quantity withUnit(DoseUnit u) {
    return new Quantity(min, max, u);
  }

  /** "1-3 g", "5 g", "up to 5 g". */
  @Override
  public String toString() {
    String n = min.signum() == 0 ? "up to " + plain(max) : isRange() ? plain(min) + "-" + plain(max) : plain(max);
    return n + " " + unit.symbol();
  }

  /** A number for people: no trailing zeros, at most two decimals. */
  static String plain(BigDecimal d) {
    BigDecimal r = d.scale() > 2 ? d.setScale(2, java.math.RoundingMode.HALF_UP) : d;
    return r.stripTrailingZeros().toPlainString();
  }
}
