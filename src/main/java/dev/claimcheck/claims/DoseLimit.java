package dev.claimcheck.claims;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An established upper limit for one substance and population, with the source that sets it.
 * Immutable.
 *
 * @param population who the limit applies to
 * @param max the largest amount within the limit
 * @param unit the unit of {@code max}
 * @param perDay true for a daily total (4,000 IU a day), false for a single dose
 * @param note what the limit is (e.g. "tolerable upper intake level, ages 1-3"), for messages
 * @param source where the limit is published
 */
public record DoseLimit(Population population, BigDecimal max, DoseUnit unit, boolean perDay, String note, Source source) {
  public DoseLimit {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(source, "source");
  }
}
