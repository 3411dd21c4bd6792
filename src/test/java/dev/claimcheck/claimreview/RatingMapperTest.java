package dev.claimcheck.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The textual ratings fact checkers use, and numbers on their own scales, on claimcheck's three ratings. */
class RatingMapperTest {
  private final RatingMapper mapper = new RatingMapper();

  private static FactCheck review(String text, Double value, Double best, Double worst) {
    return new FactCheck(1, Optional.of("Turmeric cures cancer"), Optional.of("https://factcheck.example/1"),
        Optional.empty(), Optional.empty(), Optional.ofNullable(text),
        value == null ? OptionalDouble.empty() : OptionalDouble.of(value),
        best == null ? OptionalDouble.empty() : OptionalDouble.of(best),
        worst == null ? OptionalDouble.empty() : OptionalDouble.of(worst));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "False, -, -, -, unsupported",
      "'Pants on Fire!', -, -, -, unsupported",
      "pants-on-fire, -, -, -, unsupported",
      "Mostly False, -, -, -, unsupported",
      "Inaccurate, -, -, -, unsupported",
      "Unproven, -, -, -, unsupported",
      "'FALSE: no trial shows it', -, -, -, unsupported",
      "Mixture, -, -, -, contested",
      "Half True, -, -, -, contested",
      "half-true, -, -, -, contested",
      "Partly false, -, -, -, contested",
      "Misleading, -, -, -, contested",
      "Lacks context, -, -, -, contested",
      "Mostly True, -, -, -, supported",
      "Correct, -, -, -, supported",
      "Vrai, 1, 5, 1, unsupported",
      "-, 1, 5, 1, unsupported",
      "-, 2, -, -, unsupported",
      "-, 3, 5, 1, contested",
      "-, 4, 5, 1, supported",
      "-, 3, 3, 1, supported",
      "-, 0.5, 1, 0, contested",
  })
  void mapsTextFirstThenTheNumberOnItsScale(String text, Double value, Double best, Double worst, String expected) {
    assertEquals(expected, mapper.map(review(text, value, best, worst)).orElseThrow().rating().label());
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", delimiter = '|', value = {
      "Flip-flop | - | - | - | rating \"Flip-flop\" is not one claimcheck can map",
      "Satire | 7 | 5 | 1 | rating \"Satire\" is not one claimcheck can map, and 7 on 1-5 is not a usable scale",
      "- | 2 | 1 | 5 | no textual rating, and 2 on 5-1 is not a usable scale",
      "- | - | - | - | no reviewRating with an alternateName or a ratingValue",
  })
  void saysWhyItCannotMap(String text, Double value, Double best, Double worst, String reason) {
    FactCheck r = review(text, value, best, worst);
    assertEquals(Optional.empty(), mapper.map(r));
    assertEquals(reason, mapper.whyNot(r));
  }
}
