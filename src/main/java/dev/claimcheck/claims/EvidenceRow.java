package dev.claimcheck.claims;

import java.util.Objects;
import java.util.Optional;

/**
 * One rated row of the evidence matrix: (substance, relation, outcome). Its {@link Claim} carries
 * what every report shows of a claim (id, neutral sentence, rating, verdict, sources, examples),
 * with an empty match pattern: rows are found through claim frames, not concept patterns.
 *
 * @param claim the row as a claim
 * @param substance the substance id
 * @param relation what the substance is said to do
 * @param outcome the outcome id; empty for a row about the substance as a whole ("X is safe")
 * @param pending how many of its example wordings the reader does not read right yet (not run)
 */
public record EvidenceRow(Claim claim, String substance, Relation relation, Optional<String> outcome, int pending) {
  public EvidenceRow {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(outcome, "outcome");
  }
}
