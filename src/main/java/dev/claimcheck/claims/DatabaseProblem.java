package dev.claimcheck.claims;

/** One problem found while loading or validating the database, with where it is. */
public record DatabaseProblem(Location location, String message) {
  @Override
  public String toString() {
    return location.file() + ": line " + location.line() + ", col " + location.column() + ": " + message;
  }
}
