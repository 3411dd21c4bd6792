package dev.claimcheck.claimreview;

import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.DraftRow;
import dev.claimcheck.claims.Rating;
import java.util.List;
import java.util.Objects;

/**
 * What an import made of a file's ClaimReviews: draft rows for claims the database has no row for,
 * reviews of claims it already rates (agreeing or not), and the reviews it could not map, each with
 * the reason. Immutable.
 */
public record ImportResult(List<Draft> drafts, List<Known> known, List<Unmapped> unmapped) {
  /** A draft row and the reviews it was made from. */
  public record Draft(DraftRow row, List<FactCheck> reviews) {
    public Draft {
      Objects.requireNonNull(row, "row");
      reviews = List.copyOf(reviews);
    }
  }

  /** A review of a claim the database already has a row for: nothing is written, the ratings are compared. */
  public record Known(FactCheck review, Claim row, Rating mapped) {
    public boolean agrees() {
      return row.rating() == mapped;
    }
  }

  /** A review that became no row, and why. */
  public record Unmapped(FactCheck review, String reason) {}

  public ImportResult {
    drafts = List.copyOf(drafts);
    known = List.copyOf(known);
    unmapped = List.copyOf(unmapped);
  }
}
