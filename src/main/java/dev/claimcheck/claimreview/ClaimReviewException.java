package dev.claimcheck.claimreview;

/** Input that holds no ClaimReview to import (not JSON or HTML, or none inside); the message is one line. */
public final class ClaimReviewException extends Exception {
  private static final long serialVersionUID = 1L;

  public ClaimReviewException(String message) {
    super(message);
  }
}
