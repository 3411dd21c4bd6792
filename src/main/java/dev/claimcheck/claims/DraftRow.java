package dev.claimcheck.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the evidence matrix proposed from outside (a fact check's ClaimReview) for a person to
 * review: written with {@code draft: true}, which the loader refuses until it is removed.
 * Immutable.
 *
 * @param substance the registry substance id the row belongs to
 * @param relation what the substance is said to do
 * @param outcome the outcome id; empty only for safe and approved rows
 * @param rating the proposed rating
 * @param verdict the proposed verdict: whose rating it is and what they said
 * @param sources where the proposal comes from (the fact checks)
 * @param examples the sentences that were rated, read by the sentence reader as this row
 * @param note what the reviewer should know: where it came from, how the rating was mapped
 */
public record DraftRow(String substance, Relation relation, Optional<String> outcome, Rating rating, String verdict,
    List<Source> sources, List<String> examples, String note) {
  public DraftRow {
    Objects.requireNonNull(substance, "substance");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(note, "note");
    sources = List.copyOf(sources);
    examples = List.copyOf(examples);
  }

  /** The id the loader gives the row: substance, relation and outcome. */
  public String id() {
    return substance + "_" + relation.name() + outcome.map(o -> "_" + o).orElse("");
  }
}
