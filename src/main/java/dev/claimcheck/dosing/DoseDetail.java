package dev.claimcheck.dosing;

import dev.claimcheck.check.FindingDetail;

/**
 * The dose behind a dosing finding, written into the JSON report under {@code "dose"} so that tools
 * can use the numbers. Absent parts are null. Immutable.
 *
 * @param substance the substance the dose belongs to
 * @param text the words the dose was read from
 * @param amount the single dose as read (min..max)
 * @param bound exact, up-to or at-least
 * @param perKg whether the amount is per kilogram of body weight
 * @param frequency the frequency as written ("up to three times daily")
 * @param timesPerDay the frequency as times a day (min..max)
 * @param dailyTotal the largest daily total implied (amount x frequency), converted to mass when the
 *     database has a conversion for the unit
 * @param route oral, sublingual ...
 * @param duration "2 weeks" ...
 */
public record DoseDetail(
    String substance,
    String text,
    Amount amount,
    String bound,
    boolean perKg,
    String frequency,
    Interval timesPerDay,
    Amount dailyTotal,
    String route,
    String duration) implements FindingDetail {
  /** A range of a unit. */
  public record Amount(double min, double max, String unit) {
    static Amount of(Quantity q) {
      return new Amount(q.min().doubleValue(), q.max().doubleValue(), q.unit().symbol());
    }
  }

  /** A range of plain numbers. */
  public record Interval(double min, double max) {}

  @Override
  public String name() {
    return "dose";
  }

  static DoseDetail of(String substance, DoseMention m, java.util.Optional<Quantity> daily) {
    return new DoseDetail(substance, m.text(), m.amount().map(Amount::of).orElse(null),
        m.bound().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), m.perKg(),
        m.frequency().map(Frequency::text).orElse(null),
        m.frequency().map(f -> new Interval(round(f.minPerDay().doubleValue()), round(f.maxPerDay().doubleValue()))).orElse(null),
        daily.map(q -> new Amount(round(q.min().doubleValue()), round(q.max().doubleValue()), q.unit().symbol())).orElse(null),
        m.route().orElse(null), m.duration().orElse(null));
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
