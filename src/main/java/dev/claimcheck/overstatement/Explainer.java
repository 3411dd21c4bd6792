package dev.claimcheck.overstatement;

import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.lexicon.CueKind;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.vocabulary.ConceptHit;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a judgement into a finding a writer can act on: a message that says what is overstated
 * and why (the claim's verdict from the database), the cues found, and calibrated wording.
 * Stateless.
 */
final class Explainer {
  private Explainer() {}

  static Finding explain(Judgement j, Reading reading) {
    AnalyzedSentence s = reading.matched().sentence();
    return new Finding(Category.OVERSTATEMENT, j.severity(), j.rule().id(), message(j), s.text(),
        s.sentence().start(), s.sentence().end(), j.claim(), List.of(cues(j, reading), suggestion(j, reading)));
  }

  static String message(Judgement j) {
    String cue = j.cues().isEmpty() ? "" : quote(j.cues().get(0).text());
    if (j.claim().isEmpty()) {
      return switch (j.rule()) {
        case ABSOLUTE_CLAIM -> "Absolute wording (" + cue + ") overstates a health benefit: no remedy works for everyone or comes without risk.";
        case OVERSTATED_EVIDENCE -> "Invokes evidence (" + cue + ") for a benefit the evidence does not establish; name the evidence and its limits.";
        case PROMOTIONAL_FRAMING -> "Promotional framing (" + cue + ") implies a proven benefit; describe what the evidence shows instead.";
        case UNHEDGED_BENEFIT, UNSUPPORTED_SAFETY -> "States a benefit as established without evidence.";
      };
    }
    Claim c = j.claim().get().claim();
    String rating = c.rating().label();
    String claim = " (" + quote(withoutPeriod(c.text())) + ")";
    String what = switch (j.rule()) {
      case UNHEDGED_BENEFIT -> "States as established a benefit rated " + rating + claim;
      case UNSUPPORTED_SAFETY -> "States as established a safety or superiority claim rated " + rating + claim;
      case ABSOLUTE_CLAIM -> "Absolute wording (" + cue + ") on a " + c.kind().label() + " claim rated " + rating + claim;
      case OVERSTATED_EVIDENCE -> j.wording() == Wording.PLAIN
          ? "Cites studies (" + cue + ") for a claim no good evidence supports" + claim
          : "Invokes evidence (" + cue + ") stronger than there is for a claim rated " + rating + claim;
      case PROMOTIONAL_FRAMING -> "Promotional framing (" + cue + ") implies a proven benefit; the claim is rated " + rating + claim;
    };
    return what + ": " + oneLine(c.verdict());
  }

  private static CuesDetail cues(Judgement j, Reading reading) {
    SentenceCertainty c = reading.certainty();
    return new CuesDetail(j.cues().stream().map(FoundCue::text).toList(), c.hedges(),
        texts(c, CueKind.BOOSTER), texts(c, CueKind.EVIDENTIAL), texts(c, CueKind.ATTRIBUTION), texts(c, CueKind.PROMOTIONAL));
  }

  private static List<String> texts(SentenceCertainty c, CueKind kind) {
    return c.cues(kind).stream().map(FoundCue::text).toList();
  }

  static Suggestion suggestion(Judgement j, Reading reading) {
    if (j.claim().isEmpty()) {
      String cue = j.cues().isEmpty() ? "" : quote(j.cues().get(0).text());
      return new Suggestion(switch (j.rule()) {
        case ABSOLUTE_CLAIM -> "Drop " + cue + " and say what the evidence shows, with its limits.";
        case OVERSTATED_EVIDENCE -> "Name the evidence (user surveys, animal studies, controlled trials) instead of " + cue + ".";
        case PROMOTIONAL_FRAMING -> "Replace " + cue + " with what is known, e.g. \"is being studied as ...\".";
        case UNHEDGED_BENEFIT, UNSUPPORTED_SAFETY -> "Hedge the benefit and say what the evidence is.";
      }, "advice");
    }
    ClaimMatch match = j.claim().get();
    if (j.rule() == OverstatementRule.UNHEDGED_BENEFIT && match.claim().rating() == Rating.CONTESTED) {
      Optional<ClaimAssertion> asserted = reading.claims().stream().filter(a -> a.match().equals(match) && a.asserted()).findFirst();
      Optional<String> subject = reading.vocabulary().subjectOf(match.claim());
      Set<Integer> afterSubject = reading.matched().concepts().stream()
          .filter(h -> subject.map(h.concept()::equals).orElse(false))
          .map(ConceptHit::end)
          .collect(Collectors.toSet());
      Optional<String> rewrite = asserted.flatMap(a ->
          HedgedRewrite.of(reading.matched().sentence(), reading.certainty().clauses(), a.hits(), afterSubject));
      if (rewrite.isPresent()) {
        return new Suggestion(rewrite.get(), "hedged-rewrite");
      }
    }
    return new Suggestion(calibrated(match.claim()), "calibrated-claim");
  }

  /** The claim stated as strongly as its rating allows. */
  static String calibrated(Claim claim) {
    String body = lowerFirst(withoutPeriod(claim.text()));
    return switch (claim.rating()) {
      case SUPPORTED -> withoutPeriod(claim.text()) + ".";
      case CONTESTED -> "Evidence that " + body + " is limited and preliminary.";
      case UNSUPPORTED -> "There is no reliable evidence that " + body + ".";
    };
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static String withoutPeriod(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  /** "Kratom relieves ..." becomes "kratom relieves ..."; "FDA ..." and "7-OH ..." stay as written. */
  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
    return s;
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
