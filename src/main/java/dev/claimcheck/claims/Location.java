package dev.claimcheck.claims;

/** Where something was written in the database: file, 1-based line and column. */
public record Location(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
