package dev.claimcheck.check;

import java.util.Objects;
import java.util.Set;

/**
 * How the sentence of a claim finding holds the claim it names: {@code states} it, {@code reports}
 * what others say, {@code asks} about it, {@code negates} it ("does not cure"), {@code denies} it
 * ("there is no evidence that it cures"), or only {@code mentions} the substance beside the
 * outcome. A rating describes the claim, not the sentence: a report that publishes ratings (a
 * ClaimReview) must know whether the article makes the claim. Immutable.
 *
 * @param how one of the six words above
 */
public record ClaimStance(String how) implements FindingDetail {
  // First: the constants below are checked against it as they are made.
  private static final Set<String> KNOWN = Set.of("states", "reports", "asks", "negates", "denies", "mentions");

  public static final ClaimStance STATES = new ClaimStance("states");
  public static final ClaimStance REPORTS = new ClaimStance("reports");
  public static final ClaimStance ASKS = new ClaimStance("asks");
  public static final ClaimStance NEGATES = new ClaimStance("negates");
  public static final ClaimStance DENIES = new ClaimStance("denies");
  public static final ClaimStance MENTIONS = new ClaimStance("mentions");

  public ClaimStance {
    Objects.requireNonNull(how, "how");
    if (!KNOWN.contains(how)) {
      throw new IllegalArgumentException("unknown stance " + how);
    }
  }

  /** Whether the article puts the claim forward, in its own voice or as someone else's. */
  public boolean carriesClaim() {
    return how.equals("states") || how.equals("reports");
  }

  @Override
  public String name() {
    return "stance";
  }
}
