package dev.claimcheck.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseException;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.claims.DoseUnit;
import dev.claimcheck.claims.Population;
import dev.claimcheck.claims.Substance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** substances.yaml as the loader reads it: a valid entry, and one located message per mistake. */
class SubstanceFileTest {
  @TempDir Path dir;

  private static final String VALID = """
      classes:
        alcohol:
          terms: [alcohol, beer]
      substances:
        MELATONIN_TEST:
          name: melatonin
          names: [melatonin]
          approved: [jet lag]
          interactions: [alcohol]
          sources:
            - {title: "A source", url: "https://example.org/a"}
          limits:
            - {population: child, max: 1, unit: mg, per: dose, note: "a test limit", source: {title: "B", url: "https://example.org/b"}}
          conversions:
            - {from: drops, min: 0.5, max: 1, unit: mg, source: {title: "C", url: "https://example.org/c"}}
      """;

  private ClaimDatabase load(String yaml) throws Exception {
    Files.writeString(dir.resolve("substances.yaml"), yaml);
    return new ClaimDatabaseLoader().load(dir, List.of());
  }

  @Test
  void readsEveryField() throws Exception {
    Substance s = load(VALID).substances().get(0);
    assertEquals("melatonin", s.name());
    assertEquals(List.of("jet lag"), s.approvedUses());
    assertEquals(List.of("alcohol"), s.interactions());
    assertEquals(Population.CHILD, s.limits().get(0).population());
    assertEquals(DoseUnit.MILLIGRAM, s.limitsFor(Population.CHILD).get(0).unit());
    assertTrue(s.limitsFor(Population.ADULT).isEmpty(), "no adult limit was given");
    Quantity drops = Quantity.of(java.math.BigDecimal.TEN, DoseUnit.DROP);
    assertEquals("5-10 mg", drops.in(DoseUnit.MILLIGRAM, s.conversion(DoseUnit.DROP)).orElseThrow().toString());
    assertEquals(Optional.empty(), drops.in(DoseUnit.MILLIGRAM, Optional.empty()));
  }

  @Test
  void reportsEachMistakeWithItsPlace() {
    String broken = VALID.replace("    approved: [jet lag]\n", "").replace("unit: mg, per: dose", "unit: mgs, per: week");
    ClaimDatabaseException e = assertThrows(ClaimDatabaseException.class, () -> load(broken));
    String all = e.getMessage();
    assertTrue(all.contains("substance MELATONIN_TEST has no \"approved\""), all);
    assertTrue(all.contains("unknown unit \"mgs\""), all);
    assertTrue(all.contains("\"per\" must be day or dose"), all);
    assertTrue(all.contains("substances.yaml: line "), all);
  }

  @Test
  void rejectsAnUnknownConceptAndField() {
    String broken = VALID.replace("names: [melatonin]", "concept: NO_SUCH_CONCEPT\n    dose: 3")
        .replace("interactions: [alcohol]", "interactions: [opioids]");
    ClaimDatabaseException e = assertThrows(ClaimDatabaseException.class, () -> load(broken));
    assertTrue(e.getMessage().contains("unknown concept NO_SUCH_CONCEPT"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown field \"dose\""), e.getMessage());
    assertTrue(e.getMessage().contains("unknown substance class \"opioids\""), e.getMessage());
  }
}
