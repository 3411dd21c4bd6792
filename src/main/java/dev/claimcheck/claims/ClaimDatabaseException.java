package dev.claimcheck.claims;

import java.util.List;
import java.util.stream.Collectors;

/** The database could not be used; carries every problem found, one line each. */
public final class ClaimDatabaseException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<DatabaseProblem> problems;

  public ClaimDatabaseException(List<DatabaseProblem> problems) {
    super(problems.stream().map(DatabaseProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<DatabaseProblem> problems() {
    return problems;
  }
}
