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
      return new UnratedClaim(null, said(f), null,
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
      // Frames are read in titles and questions too: "Turmeric Cures Arthritis" and "Does turmeric
      // cure arthritis?" both name the claim, as the rubric counts it.
      findings.addAll(frameFindings(ms, article));
      if (s.isTitleLike() || s.isQuestion()) {
        continue;
      }
      for (ClaimMatch match : ms.claims()) {
        findings.add(finding(s, match));
      }
    }
    return findings;
  }

  /**
   * Findings from claim frames: a rated row for each frame that names it (once per row and
   * sentence), and an unrated-claim note for a frame about a known substance whose claim the
   * database has no row for. A sentence names a claim whether it states, hedges, reports, negates
   * or denies it (RUBRIC.md): "there is no evidence that it cures cancer" names the claim and is
   * shown with its rating, as information; only the author's own unsupported claim is a warning.
   */
  private static List<Finding> frameFindings(MatchedSentence ms, MatchedArticle article) {
    List<Finding> findings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ms.claims().forEach(m -> seen.add(m.claim().id().value()));
    AnalyzedSentence s = ms.sentence();
    for (FrameMatch fm : ms.frames()) {
      ClaimFrame f = fm.frame();
      if (f.subject().isEmpty() || f.relation() == dev.claimcheck.claims.Relation.SAFE && f.polarity() == Polarity.NEGATED) {
        continue; // "not safe in pregnancy" states a risk, not the safety claim
      }
      if (fm.row().isPresent()) {
        Claim claim = fm.row().get().claim();
        if (seen.add(claim.id().value())) {
          findings.add(rowFinding(s, fm, claim));
        }
      } else if (f.outcome().isPresent() && ms.claims().isEmpty() && f.isAuthorsClaim() && !s.isQuestion()
          && seen.add(f.subject().get() + " " + f.relation() + " " + f.outcome().get())) {
        findings.add(unrated(s, f));
      }
    }
    for (dev.claimcheck.claims.EvidenceRow row : ms.mentioned()) {
      Claim claim = row.claim();
      if (seen.add(claim.id().value())) {
        findings.add(new Finding(Category.CLAIM, Severity.INFO, claim.rating().label() + "-claim",
            "Mentions " + switch (claim.rating()) {
              case UNSUPPORTED -> "a claim the evidence does not support: ";
              case CONTESTED -> "a contested claim: ";
              case SUPPORTED -> "a supported claim: ";
            } + claim.text() + " " + claim.verdict(), s.text(), s.sentence().start(), s.sentence().end(),
            Optional.of(new ClaimMatch(claim, 0.5, List.of())), List.of(ClaimStance.MENTIONS)));
      }
    }
    return findings;
  }

  private static Finding rowFinding(AnalyzedSentence s, FrameMatch fm, Claim claim) {
    ClaimFrame f = fm.frame();
    boolean stated = f.isAuthorsClaim() && !s.isQuestion();
    Severity severity = claim.rating() == Rating.UNSUPPORTED && stated ? Severity.WARNING : Severity.INFO;
    ClaimStance stance = s.isQuestion() ? ClaimStance.ASKS : f.attribution() == Attribution.DENIED ? ClaimStance.DENIES
        : f.polarity() == Polarity.NEGATED ? ClaimStance.NEGATES
        : f.attribution() == Attribution.REPORTED ? ClaimStance.REPORTS : ClaimStance.STATES;
    String how = stance == ClaimStance.ASKS ? "Asks about " : Character.toUpperCase(stance.how().charAt(0)) + stance.how().substring(1) + " ";
    String message = how + switch (claim.rating()) {
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
        s.sentence().start(), s.sentence().end(), Optional.of(match), List.of(stance));
  }

  /**
   * The claim in words: the subject and outcome as written, or by their ids where the sentence
   * named them only through the article or a verb ("Detoxifies the Body" under a heading).
   */
  static String said(ClaimFrame f) {
    String subject = f.subjectText().isBlank() || f.subjectText().equals(f.cue())
        ? f.subject().map(ClaimCheck::words).orElse("it") : f.subjectText();
    String outcome = f.outcomeText().equalsIgnoreCase(f.cue()) ? f.outcome().map(ClaimCheck::words).orElse(f.outcomeText())
        : f.outcomeText();
    return (subject + " " + f.relation().label() + " " + outcome).strip();
  }

  private static String words(String id) {
    return id.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static Finding unrated(AnalyzedSentence s, ClaimFrame f) {
    String message = "Claims that " + said(f) + "; the database has no rating for this: check it by hand.";
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
        s.sentence().start(), s.sentence().end(), Optional.of(match), List.of(ClaimStance.STATES));
  }
}
