package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.claimcheck.check.ClaimStance;
import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.claims.Source;
import dev.claimcheck.ingest.LineMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rated claims of a run as schema.org {@code ClaimReview} objects in JSON-LD (docs/claimreview.md):
 * one JSON array for the run, one object per sentence and claim, each with its own {@code @context}
 * so that it can be pasted into a page's {@code <script type="application/ld+json">} block as it
 * is. Only sentences that put a claim forward (state or report it) are reviewed: a rating describes
 * the claim, so a sentence that denies, negates or asks about it, or only names the substance beside
 * the outcome, would be shown under a rating that is not its own. Text is escaped as in the JSON
 * report ({@code <} as {@code \u003c}), so a sentence can never close the script element.
 */
public final class ClaimReviewReportWriter implements ReportWriter {
  /** The numeric scale: higher is better supported, as schema.org's Rating reads (worst 1, best 3). */
  static final int WORST = 1;
  static final int BEST = 3;

  private final ClaimReviewOptions options;
  private final FindingJson json = new FindingJson();

  public ClaimReviewReportWriter(ClaimReviewOptions options) {
    this.options = options;
  }

  @Override
  public ReportSession start(PrintWriter out) {
    JsonGenerator g;
    try {
      g = json.mapper().getFactory().createGenerator(out);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportSession() {
      @Override
      public void file(FileResult result) {
        if (result.error().isPresent()) {
          return; // the one-line error is on stderr; an unread article has no claims to review
        }
        try {
          Set<String> seen = new HashSet<>();
          for (Finding f : result.findings()) {
            // One review per sentence and claim: an overstatement finding repeats its claim finding's claim.
            if (reviewed(f) && seen.add(f.start() + ":" + f.end() + ":" + f.claim().get().claim().id().value())) {
              writeReview(g, f, result);
            }
          }
          g.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finish() {
        try {
          g.writeEndArray();
          g.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
      }
    };
  }

  /**
   * Whether a finding becomes a review: it carries a rated claim, and its sentence puts the claim
   * forward. Findings without a stance (pattern claims, dose claims, overstatements) are the
   * author's own claims by construction.
   */
  static boolean reviewed(Finding f) {
    if (f.claim().isEmpty()) {
      return false;
    }
    return stance(f).map(ClaimStance::carriesClaim).orElse(true);
  }

  private static Optional<ClaimStance> stance(Finding f) {
    return f.details().stream().filter(ClaimStance.class::isInstance).map(ClaimStance.class::cast).findFirst();
  }

  private void writeReview(JsonGenerator g, Finding f, FileResult file) throws IOException {
    Claim claim = f.claim().get().claim();
    g.writeStartObject();
    g.writeStringField("@context", "https://schema.org");
    g.writeStringField("@type", "ClaimReview");
    g.writeStringField("identifier", claim.id().value());
    if (options.reviewUrl().isPresent()) {
      g.writeStringField("url", options.reviewUrl().get());
    }
    g.writeStringField("datePublished", options.date().toString());
    g.writeObjectFieldStart("author");
    g.writeStringField("@type", "Organization");
    g.writeStringField("name", options.author());
    g.writeEndObject();
    g.writeStringField("claimReviewed", f.sentence());
    writeClaim(g, f, claim, file);
    writeRating(g, claim);
    writeCitations(g, claim);
    g.writeEndObject();
  }

  private void writeClaim(JsonGenerator g, Finding f, Claim claim, FileResult file) throws IOException {
    g.writeObjectFieldStart("itemReviewed");
    g.writeStringField("@type", "Claim");
    // The neutral wording of the database row: the claim's common identity across its wordings.
    g.writeStringField("name", claim.text());
    boolean ownVoice = stance(f).map(s -> s.equals(ClaimStance.STATES)).orElse(true);
    if (ownVoice && options.claimAuthor().isPresent()) {
      g.writeObjectFieldStart("author");
      g.writeStringField("@type", "Person");
      g.writeStringField("name", options.claimAuthor().get());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("appearance");
    g.writeStringField("@type", "CreativeWork");
    Optional<String> url = options.articleUrl(file.path());
    if (url.isPresent()) {
      g.writeStringField("url", url.get());
    }
    g.writeStringField("name", file.path());
    writePosition(g, file.lines(), f);
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Where the sentence is: schema.org has no property for a place in a text, so each coordinate is
   * a PropertyValue identifier of the appearance (code-point offsets, end exclusive, and 1-based
   * line and column, as in the JSON report).
   */
  private static void writePosition(JsonGenerator g, LineMap lines, Finding f) throws IOException {
    LineMap.Position start = lines.position(f.start());
    LineMap.Position end = lines.position(f.end());
    g.writeArrayFieldStart("identifier");
    property(g, "line", start.line());
    property(g, "column", start.column());
    property(g, "endLine", end.line());
    property(g, "endColumn", end.column());
    property(g, "startOffset", start.offset());
    property(g, "endOffset", end.offset());
    g.writeEndArray();
  }

  private static void property(JsonGenerator g, String id, int value) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "PropertyValue");
    g.writeStringField("propertyID", id);
    g.writeNumberField("value", value);
    g.writeEndObject();
  }

  private static void writeRating(JsonGenerator g, Claim claim) throws IOException {
    g.writeObjectFieldStart("reviewRating");
    g.writeStringField("@type", "Rating");
    g.writeNumberField("ratingValue", value(claim.rating()));
    g.writeNumberField("bestRating", BEST);
    g.writeNumberField("worstRating", WORST);
    g.writeStringField("alternateName", name(claim.rating()));
    g.writeStringField("ratingExplanation", claim.verdict());
    g.writeEndObject();
  }

  /** The database's sources, as the works the rating cites; only web addresses become URLs. */
  private static void writeCitations(JsonGenerator g, Claim claim) throws IOException {
    if (claim.sources().isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("citation");
    for (Source s : claim.sources()) {
      g.writeStartObject();
      g.writeStringField("@type", "CreativeWork");
      g.writeStringField("name", s.title());
      Optional<SafeUrl> url = SafeUrl.of(s.url());
      if (url.isPresent()) {
        g.writeStringField("url", url.get().value());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static int value(Rating rating) {
    return switch (rating) {
      case UNSUPPORTED -> 1;
      case CONTESTED -> 2;
      case SUPPORTED -> 3;
    };
  }

  static String name(Rating rating) {
    return switch (rating) {
      case UNSUPPORTED -> "Unsupported";
      case CONTESTED -> "Contested";
      case SUPPORTED -> "Supported";
    };
  }
}
