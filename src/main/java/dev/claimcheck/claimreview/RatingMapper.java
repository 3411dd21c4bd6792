package dev.claimcheck.claimreview;

import dev.claimcheck.claims.Rating;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a fact checker's rating to claimcheck's scale (../shared/eval/RUBRIC.md): {@code supported}
 * (consistent with good evidence), {@code contested} (limited, mixed or preliminary evidence) or
 * {@code unsupported} (contradicted, or no credible evidence). The textual rating decides when it is
 * known; the numeric one on its own best/worst scale is the fallback. The table is in
 * docs/claimreview.md. Thread-safe.
 */
public final class RatingMapper {
  /** How a review's rating was mapped, in words for the draft's note. */
  public record Mapped(Rating rating, String how) {}

  private static final Map<String, Rating> TEXTS = new LinkedHashMap<>();

  static {
    for (String t : List.of("false", "mostly false", "pants on fire", "incorrect", "inaccurate", "wrong", "untrue",
        "not true", "fake", "fabricated", "baseless", "unfounded", "unproven", "not proven", "unsubstantiated",
        "no evidence", "unsupported", "not supported", "debunked", "hoax", "myth", "bogus", "scam", "four pinocchios",
        "three pinocchios", "mostly inaccurate", "largely false", "totally false", "completely false")) {
      TEXTS.put(t, Rating.UNSUPPORTED);
    }
    // Claims with a kernel of truth, stated beyond what the evidence shows: the rubric's "limited,
    // mixed or preliminary" evidence, not "contradicted".
    for (String t : List.of("mixture", "mixed", "half true", "half false", "partly true", "partly false",
        "partially true", "partially false", "partly correct", "misleading", "lacks context", "missing context",
        "needs context", "out of context", "exaggerated", "exaggeration", "overstated", "disputed", "contested",
        "in dispute", "research in progress", "too early to tell", "evidence is mixed", "two pinocchios",
        "one pinocchio", "cherry picks", "spins the facts", "half right", "somewhat true", "somewhat false")) {
      TEXTS.put(t, Rating.CONTESTED);
    }
    for (String t : List.of("true", "mostly true", "correct", "mostly correct", "accurate", "mostly accurate",
        "supported", "verified", "confirmed", "fact", "legit", "geppetto checkmark", "largely true", "largely accurate")) {
      TEXTS.put(t, Rating.SUPPORTED);
    }
  }

  /**
   * The rating of {@code review}, or empty when neither its text is known nor its number usable (the
   * reason is {@link #whyNot}).
   */
  public Optional<Mapped> map(FactCheck review) {
    if (review.ratingText().isPresent()) {
      Optional<Rating> byText = text(review.ratingText().get());
      if (byText.isPresent()) {
        return Optional.of(new Mapped(byText.get(), "rating \u201C" + review.ratingText().get() + "\u201D read as " + byText.get().label()));
      }
    }
    return numeric(review).map(r -> new Mapped(r, "rating " + review.numericLabel().replace(" on ", " on the scale ")
        + " read as " + r.label() + (review.ratingText().isPresent()
            ? " (the text \u201C" + review.ratingText().get() + "\u201D is not one claimcheck knows)" : "")));
  }

  /** Why {@link #map} found no rating. */
  public String whyNot(FactCheck review) {
    if (review.ratingText().isEmpty() && review.ratingValue().isEmpty()) {
      return "no reviewRating with an alternateName or a ratingValue";
    }
    String text = review.ratingText().map(t -> "rating \"" + t + "\" is not one claimcheck can map").orElse("no textual rating");
    return review.ratingValue().isPresent() ? text + ", and " + review.numericLabel() + " is not a usable scale" : text;
  }

  /**
   * A textual rating: the whole text, else its first phrase ("False: no study shows..." is
   * "false"). Case, accents, punctuation and hyphens do not matter.
   */
  static Optional<Rating> text(String rating) {
    String whole = normalize(rating);
    if (TEXTS.containsKey(whole)) {
      return Optional.of(TEXTS.get(whole));
    }
    int cut = firstBreak(rating);
    return cut > 0 ? Optional.ofNullable(TEXTS.get(normalize(rating.substring(0, cut)))) : Optional.empty();
  }

  private static int firstBreak(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ':' || c == ';' || c == ',' || c == '(' || c == '\u2013' || c == '\u2014' || c == '!') {
        return i;
      }
    }
    return -1;
  }

  static String normalize(String s) {
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean space = true;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019') {
        continue; // accents and apostrophes: "pants-on-fire!" and "Pants on Fire" are one rating
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }

  /**
   * A numeric rating on its scale (schema.org: best 5 and worst 1 when not given), higher meaning
   * truer: its lower third unsupported, its upper third supported, the middle contested.
   */
  static Optional<Rating> numeric(FactCheck review) {
    if (review.ratingValue().isEmpty()) {
      return Optional.empty();
    }
    double best = review.bestRating().orElse(5);
    double worst = review.worstRating().orElse(1);
    double value = review.ratingValue().getAsDouble();
    if (best <= worst || value < worst || value > best) {
      return Optional.empty(); // a reversed or empty scale, or a value off it: no honest reading
    }
    double position = (value - worst) / (best - worst);
    if (position < 1.0 / 3) {
      return Optional.of(Rating.UNSUPPORTED);
    }
    return Optional.of(position > 2.0 / 3 ? Rating.SUPPORTED : Rating.CONTESTED);
  }
}
