package dev.claimcheck.spark;

import java.util.Locale;

/** How the job's input and outputs are stored: JSON Lines (one object per line) or Parquet. */
public enum DatasetFormat {
  JSONL,
  PARQUET;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
