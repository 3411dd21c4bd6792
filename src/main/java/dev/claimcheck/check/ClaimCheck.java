package dev.claimcheck.check;

import dev.claimcheck.claims.Claim;
import dev.claimcheck.match.FrameMatch;
import dev.claimcheck.read.Attribution;
import dev.claimcheck.read.ClaimFrame;
import dev.claimcheck.read.Polarity;
import dev.claimcheck.vocabulary.ConceptHit;
import java.util.HashSet;
import java.util.Set;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports every sentence that states or presupposes a known claim, with the claim's rating,
 * verdict and sources. Titles and questions are skipped: they name a topic without asserting it.
 * Stateless and thread-safe.
 */
public final class ClaimCheck implements Check {
  /** The claim of an unrated frame, written as {@code claim} in JSON with a null rating. */
  public record UnratedClaim(String id, String text, String rating, String subject, String relation, String outcome)
      implements FindingDetail {
    static UnratedClaim of(ClaimFrame f) {
      return new UnratedClaim(null, f.subjectText() + " " + f.relation().label() + " " + f.outcomeText(), null,
          f.subject().orElse(null), f.relation().label(), f.outcome().orElse(null));
    }

    @Override
    public String name() {
      return "claim";
    }
  }

  @Override
  public String id() {
    return "claims";
  }

  @Override
  public List<Finding> check(MatchedArticle article) {
    List<Finding> findings = new ArrayList<>();
    for (MatchedSentence ms : article.sentences()) {
      AnalyzedSentence s = ms.sentence();
      if (s.isTitleLike() || s.isQuestion()) {
        continue;
      }
      for (ClaimMatch match : ms.claims()) {
        findings.add(finding(s, match));
      }
      findings.addAll(frameFindings(ms, article));
    }
    return findings;
  }

  /**
   * Findings from claim frames: a rated row for each frame that states or reports it (once per row
   * and sentence), and an unrated-claim note for a frame about a known substance whose claim the
   * database has no row for. Negated and denied frames name nothing: "there is no evidence that it
   * cures cancer" is not a claim that it does.
   */
  private static List<Finding> frameFindings(MatchedSentence ms, MatchedArticle article) {
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ms.claims().forEach(m -> seen.add(m.claim().id().value()));
    AnalyzedSentence s = ms.sentence();
    for (FrameMatch fm : ms.frames()) {
      ClaimFrame f = fm.frame();
      if (f.subject().isEmpty() || f.polarity() == Polarity.NEGATED || f.attribution() == Attribution.DENIED) {
        continue;
      }
      if (fm.row().isPresent()) {
        Claim claim = fm.row().get().claim();
        if (seen.add(claim.id().value())) {
          findings.add(rowFinding(s, fm, claim));
        }
      } else if (f.outcome().isPresent() && ms.claims().isEmpty()
          && seen.add(f.subject().get() + " " + f.relation() + " " + f.outcome().get())) {
        findings.add(unrated(s, f));
      }
    }
    return findings;
  }

  private static Finding rowFinding(AnalyzedSentence s, FrameMatch fm, Claim claim) {
    boolean reported = fm.frame().attribution() == Attribution.REPORTED;
    Severity severity = claim.rating() == Rating.UNSUPPORTED && !reported ? Severity.WARNING : Severity.INFO;
    String message = (reported ? "Reports " : "States ") + switch (claim.rating()) {
      case UNSUPPORTED -> "a claim the evidence does not support: ";
      case CONTESTED -> "a contested claim: ";
      case SUPPORTED -> "a supported claim: ";
    } + claim.text() + " " + claim.verdict();
    List<ConceptHit> hits = List.of(
        new ConceptHit(fm.frame().subject().get(), fm.frame().subjectText(), fm.frame().start(), fm.frame().start() + 1, false, false, false),
        new ConceptHit("RELATION", fm.frame().cue(), fm.frame().cueStart(), fm.frame().cueStart() + 1, false, false, false),
        new ConceptHit(fm.frame().outcome().orElse("OUTCOME"), fm.frame().outcomeText(), fm.frame().end() - 1, fm.frame().end(), false, false, false));
    ClaimMatch match = new ClaimMatch(claim, 1.0, hits.stream().filter(h -> !h.text().isEmpty()).toList());
    return new Finding(Category.CLAIM, severity, claim.rating().label() + "-claim", message, s.text(),
        s.sentence().start(), s.sentence().end(), Optional.of(match), List.of());
  }

  private static Finding unrated(AnalyzedSentence s, ClaimFrame f) {
    String message = "Claims that " + f.subjectText() + " " + f.relation().label() + " " + f.outcomeText()
        + "; the database has no rating for this: check it by hand.";
    return new Finding(Category.CLAIM, Severity.INFO, "unrated-claim", message, s.text(), s.sentence().start(),
        s.sentence().end(), Optional.empty(), List.of(UnratedClaim.of(f)));
  }

  private static Finding finding(AnalyzedSentence s, ClaimMatch match) {
    Rating rating = match.claim().rating();
    Severity severity = switch (rating) {
      case UNSUPPORTED -> Severity.WARNING;
      case CONTESTED, SUPPORTED -> Severity.INFO;
    };
    String message = switch (rating) {
      case UNSUPPORTED -> "States a claim the evidence does not support: ";
      case CONTESTED -> "States a contested claim: ";
      case SUPPORTED -> "Names a supported claim: ";
    } + match.claim().text() + " " + match.claim().verdict();
    return new Finding(Category.CLAIM, severity, rating.label() + "-claim", message, s.text(),
        s.sentence().start(), s.sentence().end(), Optional.of(match), List.of());
  }
}
