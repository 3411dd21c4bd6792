package dev.claimcheck.claims;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A unit a dose is measured in. Units of one {@link Dimension} convert into each other by a fixed
 * factor (1 g = 1000 mg); household measures and dosage forms (a teaspoon, a capsule) convert to
 * mass only through a substance's own data, because a teaspoon of leaf powder and a teaspoon of
 * syrup weigh different amounts. Shared by the database (limits, conversions) and the dosing check.
 */
public enum DoseUnit {
  MICROGRAM("mcg", Dimension.MASS, "0.001"),
  MILLIGRAM("mg", Dimension.MASS, "1"),
  GRAM("g", Dimension.MASS, "1000"),
  KILOGRAM("kg", Dimension.MASS, "1000000"),
  IU("IU", Dimension.ACTIVITY, "1"),
  MILLILITRE("mL", Dimension.VOLUME, "1"),
  DROP("drops", Dimension.PIECE, "1"),
  TEASPOON("tsp", Dimension.HOUSEHOLD, "1"),
  TABLESPOON("tbsp", Dimension.HOUSEHOLD, "1"),
  CAPSULE("capsules", Dimension.PIECE, "1"),
  TABLET("tablets", Dimension.PIECE, "1"),
  FILM("films", Dimension.PIECE, "1"),
  SCOOP("scoops", Dimension.PIECE, "1"),
  SERVING("servings", Dimension.PIECE, "1"),
  CUP("cups", Dimension.PIECE, "1"),
  KERNEL("kernels", Dimension.PIECE, "1");

  /** What a unit measures; only units of the same dimension convert by a fixed factor. */
  public enum Dimension { MASS, ACTIVITY, VOLUME, HOUSEHOLD, PIECE }

  private final String symbol;
  private final Dimension dimension;
  private final BigDecimal factor;

  DoseUnit(String symbol, Dimension dimension, String factor) {
    this.symbol = symbol;
    this.dimension = dimension;
    this.factor = new BigDecimal(factor);
  }

  /** The short form used in messages and reports: mg, g, IU, tsp, capsules. */
  public String symbol() {
    return symbol;
  }

  public Dimension dimension() {
    return dimension;
  }

  /**
   * The factor to the dimension's base unit (mg for mass, mL for volume); 1 for units without a
   * fixed conversion.
   */
  public BigDecimal factor() {
    return factor;
  }

  /** The unit a database file names: a symbol or the enum name, any case ("mg", "IU", "teaspoon"). */
  static Optional<DoseUnit> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (DoseUnit u : values()) {
      if (u.symbol.toLowerCase(Locale.ROOT).equals(t) || u.name().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(u);
      }
    }
    return switch (t) {
      case "µg", "μg", "ug" -> Optional.of(MICROGRAM);
      case "teaspoon" -> Optional.of(TEASPOON);
      case "tablespoon" -> Optional.of(TABLESPOON);
      case "drop", "capsule", "tablet", "film", "scoop", "serving", "cup", "kernel" -> parse(t + "s");
      default -> Optional.empty();
    };
  }
}
