package dev.claimcheck.dosing;

import dev.claimcheck.claims.DoseUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words doses are written with: units, number words, route words. Keys are lower case
 * without dots, as {@link DoseLexer} makes them. Immutable.
 */
final class DoseVocabulary {
  private DoseVocabulary() {}

  private static final Map<String, DoseUnit> UNITS = Map.ofEntries(
      Map.entry("mcg", DoseUnit.MICROGRAM), Map.entry("µg", DoseUnit.MICROGRAM), Map.entry("ug", DoseUnit.MICROGRAM),
      Map.entry("microgram", DoseUnit.MICROGRAM), Map.entry("micrograms", DoseUnit.MICROGRAM),
      Map.entry("mg", DoseUnit.MILLIGRAM), Map.entry("mgs", DoseUnit.MILLIGRAM), Map.entry("milligram", DoseUnit.MILLIGRAM),
      Map.entry("milligrams", DoseUnit.MILLIGRAM), Map.entry("milligramme", DoseUnit.MILLIGRAM), Map.entry("milligrammes", DoseUnit.MILLIGRAM),
      Map.entry("g", DoseUnit.GRAM), Map.entry("gm", DoseUnit.GRAM), Map.entry("gms", DoseUnit.GRAM), Map.entry("gs", DoseUnit.GRAM),
      Map.entry("gram", DoseUnit.GRAM), Map.entry("grams", DoseUnit.GRAM), Map.entry("gramme", DoseUnit.GRAM), Map.entry("grammes", DoseUnit.GRAM),
      Map.entry("kg", DoseUnit.KILOGRAM), Map.entry("kilogram", DoseUnit.KILOGRAM), Map.entry("kilograms", DoseUnit.KILOGRAM),
      Map.entry("iu", DoseUnit.IU), Map.entry("ius", DoseUnit.IU),
      Map.entry("ml", DoseUnit.MILLILITRE), Map.entry("mls", DoseUnit.MILLILITRE), Map.entry("cc", DoseUnit.MILLILITRE),
      Map.entry("milliliter", DoseUnit.MILLILITRE), Map.entry("milliliters", DoseUnit.MILLILITRE),
      Map.entry("millilitre", DoseUnit.MILLILITRE), Map.entry("millilitres", DoseUnit.MILLILITRE),
      Map.entry("drop", DoseUnit.DROP), Map.entry("drops", DoseUnit.DROP),
      Map.entry("tsp", DoseUnit.TEASPOON), Map.entry("tsps", DoseUnit.TEASPOON), Map.entry("teaspoon", DoseUnit.TEASPOON),
      Map.entry("teaspoons", DoseUnit.TEASPOON), Map.entry("teaspoonful", DoseUnit.TEASPOON), Map.entry("teaspoonfuls", DoseUnit.TEASPOON),
      Map.entry("tbsp", DoseUnit.TABLESPOON), Map.entry("tbsps", DoseUnit.TABLESPOON), Map.entry("tbs", DoseUnit.TABLESPOON),
      Map.entry("tablespoon", DoseUnit.TABLESPOON), Map.entry("tablespoons", DoseUnit.TABLESPOON),
      Map.entry("tablespoonful", DoseUnit.TABLESPOON), Map.entry("tablespoonfuls", DoseUnit.TABLESPOON),
      Map.entry("capsule", DoseUnit.CAPSULE), Map.entry("capsules", DoseUnit.CAPSULE), Map.entry("caps", DoseUnit.CAPSULE),
      Map.entry("softgel", DoseUnit.CAPSULE), Map.entry("softgels", DoseUnit.CAPSULE),
      Map.entry("tablet", DoseUnit.TABLET), Map.entry("tablets", DoseUnit.TABLET), Map.entry("tabs", DoseUnit.TABLET),
      Map.entry("caplet", DoseUnit.TABLET), Map.entry("caplets", DoseUnit.TABLET),
      Map.entry("pill", DoseUnit.TABLET), Map.entry("pills", DoseUnit.TABLET), Map.entry("lozenge", DoseUnit.TABLET),
      Map.entry("lozenges", DoseUnit.TABLET), Map.entry("gummy", DoseUnit.TABLET), Map.entry("gummies", DoseUnit.TABLET),
      Map.entry("film", DoseUnit.FILM), Map.entry("films", DoseUnit.FILM), Map.entry("strip", DoseUnit.FILM), Map.entry("strips", DoseUnit.FILM),
      Map.entry("scoop", DoseUnit.SCOOP), Map.entry("scoops", DoseUnit.SCOOP),
      Map.entry("serving", DoseUnit.SERVING), Map.entry("servings", DoseUnit.SERVING),
      Map.entry("cup", DoseUnit.CUP), Map.entry("cups", DoseUnit.CUP), Map.entry("glass", DoseUnit.CUP),
      Map.entry("glasses", DoseUnit.CUP), Map.entry("mug", DoseUnit.CUP), Map.entry("mugs", DoseUnit.CUP),
      Map.entry("shot", DoseUnit.CUP), Map.entry("shots", DoseUnit.CUP),
      Map.entry("kernel", DoseUnit.KERNEL), Map.entry("kernels", DoseUnit.KERNEL), Map.entry("seed", DoseUnit.KERNEL),
      Map.entry("seeds", DoseUnit.KERNEL));

  /** Number words. "a"/"an" count as one only right before a unit (handled by the extractor). */
  private static final Map<String, BigDecimal> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", BigDecimal.ONE), Map.entry("two", BigDecimal.valueOf(2)), Map.entry("three", BigDecimal.valueOf(3)),
      Map.entry("four", BigDecimal.valueOf(4)), Map.entry("five", BigDecimal.valueOf(5)), Map.entry("six", BigDecimal.valueOf(6)),
      Map.entry("seven", BigDecimal.valueOf(7)), Map.entry("eight", BigDecimal.valueOf(8)), Map.entry("nine", BigDecimal.valueOf(9)),
      Map.entry("ten", BigDecimal.TEN), Map.entry("eleven", BigDecimal.valueOf(11)), Map.entry("twelve", BigDecimal.valueOf(12)),
      Map.entry("fifteen", BigDecimal.valueOf(15)), Map.entry("twenty", BigDecimal.valueOf(20)), Map.entry("thirty", BigDecimal.valueOf(30)),
      Map.entry("forty", BigDecimal.valueOf(40)), Map.entry("fifty", BigDecimal.valueOf(50)), Map.entry("hundred", BigDecimal.valueOf(100)),
      Map.entry("half", new BigDecimal("0.5")), Map.entry("quarter", new BigDecimal("0.25")), Map.entry("dozen", BigDecimal.valueOf(12)),
      Map.entry("single", BigDecimal.ONE));

  /** Words allowed between a number and its unit: "two level teaspoons", "one 500 mg capsule". */
  static final Set<String> UNIT_ADJECTIVES = Set.of("level", "heaping", "heaped", "rounded", "full", "small", "large",
      "extra", "additional", "whole", "flat", "standard", "more", "size", "00", "gelatin", "vegetarian", "veggie");

  private static final Map<String, String> ROUTES = Map.ofEntries(
      Map.entry("orally", "oral"), Map.entry("oral", "oral"), Map.entry("swallowed", "oral"),
      Map.entry("sublingual", "sublingual"), Map.entry("sublingually", "sublingual"),
      Map.entry("buccal", "buccal"), Map.entry("buccally", "buccal"),
      Map.entry("intravenous", "injection"), Map.entry("intravenously", "injection"), Map.entry("injected", "injection"),
      Map.entry("intramuscular", "injection"), Map.entry("subcutaneous", "injection"), Map.entry("injection", "injection"),
      Map.entry("topical", "topical"), Map.entry("topically", "topical"),
      Map.entry("intranasal", "intranasal"), Map.entry("nasally", "intranasal"), Map.entry("snorted", "intranasal"),
      Map.entry("rectally", "rectal"));

  static Optional<DoseUnit> unit(String key) {
    return Optional.ofNullable(UNITS.get(key));
  }

  static Optional<BigDecimal> numberWord(String key) {
    return Optional.ofNullable(NUMBER_WORDS.get(key));
  }

  static Optional<String> route(String key) {
    return Optional.ofNullable(ROUTES.get(key));
  }
}
