package dev.claimcheck.check;

/**
 * Structured data a check attaches to a finding (a parsed dose, the cues found, a suggested
 * rewrite). Implementations are records; the JSON report writes each under {@link #name()}.
 */
public interface FindingDetail {
  /** The JSON field name of this detail, e.g. {@code "dose"}. */
  String name();
}
