package dev.claimcheck.report;

/** The report formats of {@code claimcheck check --format}. */
public enum ReportFormat {
  text,
  json,
  jsonl,
  sarif,
  markdown,
  html,
  /** schema.org ClaimReview JSON-LD, one object per rated claim an article puts forward. */
  claimreview
}
