package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claimcheck.check.FindingDetail;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetailLinesTest {
  record Amount(double min, double max, String unit) {}

  record Times(double min, double max) {}

  record Dose(String text, Amount amount, boolean perKg, Times timesPerDay, Amount dailyTotal, String route)
      implements FindingDetail {
    @Override
    public String name() {
      return "dose";
    }
  }

  record Cues(List<String> boosters, List<String> hedges) implements FindingDetail {
    @Override
    public String name() {
      return "cues";
    }
  }

  @Test
  void aDoseShowsItsArithmeticAndRanges() {
    Dose dose = new Dose("5 to 10 g three times a day", new Amount(5, 10, "g"), false, new Times(3, 3),
        new Amount(15, 30, "g"), null);
    assertEquals(List.of(
        new DetailLines.Line("arithmetic", "5–10 g × 3 a day = 15–30 g a day"),
        new DetailLines.Line("text", "5 to 10 g three times a day"),
        new DetailLines.Line("amount", "5–10 g"),
        new DetailLines.Line("times per day", "3"),
        new DetailLines.Line("daily total", "15–30 g")), new DetailLines().of(dose));
  }

  @Test
  void listsAreJoinedAndEmptyOnesLeftOut() {
    assertEquals(List.of(new DetailLines.Line("boosters", "proven, always")),
        new DetailLines().of(new Cues(List.of("proven", "always"), List.of())));
  }
}
