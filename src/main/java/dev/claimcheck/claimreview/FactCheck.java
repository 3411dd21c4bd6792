package dev.claimcheck.claimreview;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One ClaimReview as read from JSON-LD: only the fields the import uses, each empty when absent or
 * of an unusable type. Immutable.
 *
 * @param index 1-based position of the review in its file
 * @param claimReviewed the claim as the fact checker summarised it
 * @param url the fact check's page
 * @param author the fact checker's name
 * @param datePublished when the fact check was published, as written
 * @param ratingText the rating's {@code alternateName} (or its {@code name})
 * @param ratingValue the numeric rating
 * @param bestRating the best value of the numeric scale (schema.org: 5 when absent)
 * @param worstRating the worst value of the numeric scale (schema.org: 1 when absent)
 */
public record FactCheck(int index, Optional<String> claimReviewed, Optional<String> url, Optional<String> author,
    Optional<String> datePublished, Optional<String> ratingText, OptionalDouble ratingValue, OptionalDouble bestRating,
    OptionalDouble worstRating) {
  public FactCheck {
    Objects.requireNonNull(claimReviewed, "claimReviewed");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(datePublished, "datePublished");
    Objects.requireNonNull(ratingText, "ratingText");
    Objects.requireNonNull(ratingValue, "ratingValue");
    Objects.requireNonNull(bestRating, "bestRating");
    Objects.requireNonNull(worstRating, "worstRating");
  }

  /** The rating as a person reads it: the text, else the number on its scale. */
  public String ratingLabel() {
    if (ratingText.isPresent()) {
      return ratingText.get();
    }
    return ratingValue.isPresent() ? numericLabel() : "no rating";
  }

  /** The numeric rating on its scale, "2 on 1-5" (schema.org's default scale when none is given). */
  public String numericLabel() {
    return (ratingValue.isPresent() ? number(ratingValue.getAsDouble()) : "?") + " on " + number(worstRating.orElse(1))
        + "-" + number(bestRating.orElse(5));
  }

  static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
