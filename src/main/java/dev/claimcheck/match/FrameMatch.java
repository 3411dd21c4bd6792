package dev.claimcheck.match;

import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.read.ClaimFrame;
import java.util.Objects;
import java.util.Optional;

/** A claim frame with the evidence row it found, if any (none: an unrated claim). Immutable. */
public record FrameMatch(ClaimFrame frame, Optional<EvidenceRow> row) {
  public FrameMatch {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(row, "row");
  }
}
