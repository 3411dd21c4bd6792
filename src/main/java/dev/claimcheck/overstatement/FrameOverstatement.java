package dev.claimcheck.overstatement;

import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.FindingDetail;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.claims.OutcomeType;
import dev.claimcheck.claims.Outcomes;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.claims.Relation;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.match.FrameMatch;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.read.Attribution;
import dev.claimcheck.read.ClaimFrame;
import dev.claimcheck.read.Polarity;
import dev.claimcheck.read.Strength;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import dev.claimcheck.vocabulary.ConceptHit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Overstatement judged per claim frame, for any substance in the registry: the regulators' rules
 * and the rubric's, from the frame's strength, attribution and the rating of its row (see
 * docs/overstatement-rules.md). Only the author's own affirmed claims are judged: a report ("users
 * say"), a denial ("no evidence that") or a risk is never an overstated benefit. At most one
 * finding per sentence, the most severe. Immutable and thread-safe.
 */
final class FrameOverstatement {
  /** The rules, in precedence order at equal severity. */
  enum Rule {
    /** Treats, cures or prevents a disease, without a supported row: 21 CFR 101.93(g), FTC 2022. */
    DISEASE_CLAIM("disease-claim"),
    /** Absolute safety: "no side effects", "100% safe", "not addictive", "non-toxic". */
    ABSOLUTE_SAFETY("absolute-safety"),
    /** A regulator's approval the substance does not have for this use. */
    FALSE_APPROVAL("false-approval"),
    /** Evidence invoked that is not there: "clinically proven", "studies show", "doctors recommend". */
    OVERSTATED_EVIDENCE("overstated-evidence"),
    /** Boosters on a benefit that is not established: "miracle", "guaranteed", "powerful". */
    ABSOLUTE_CLAIM("absolute-claim"),
    /** A contested or unsupported benefit stated as fact. */
    UNHEDGED_BENEFIT("unhedged-benefit");

    final String id;

    Rule(String id) {
      this.id = id;
    }
  }

  /** Words that make safety absolute. */
  private static final Set<String> ABSOLUTES = Set.of("completely", "totally", "perfectly", "absolutely", "entirely",
      "100", "100%", "always", "everyone", "anyone", "all", "any", "zero", "non-toxic", "nontoxic", "harmless", "risk-free");
  /** Words of invoked evidence in a booster cue. */
  private static final Set<String> EVIDENCE = Set.of("study", "studies", "research", "science", "scientific",
      "scientifically", "clinical", "clinically", "proven", "evidence", "doctor", "doctors", "expert", "experts", "trial",
      "trials", "data", "shown", "physician", "physicians", "backed", "show", "shows", "found", "suggest", "suggests",
      "indicate", "indicates", "demonstrate", "demonstrates", "demonstrated", "reveal", "reveals", "confirm", "confirms");

  private record Verdict(Rule rule, Severity severity, FrameMatch frame) {}

  private final Outcomes outcomes;
  private final Map<String, Substance> substances = new HashMap<>();

  FrameOverstatement(ClaimDatabase db) {
    this.outcomes = db.outcomes();
    db.substances().forEach(s -> substances.putIfAbsent(s.id(), s));
  }

  Optional<Finding> judge(MatchedSentence ms) {
    return ms.frames().stream()
        .map(fm -> judge(ms.sentence(), fm))
        .flatMap(Optional::stream)
        .max(Comparator.comparing(Verdict::severity).thenComparing(v -> -v.rule().ordinal()))
        .map(v -> finding(ms.sentence(), v));
  }

  private Optional<Verdict> judge(AnalyzedSentence s, FrameMatch fm) {
    ClaimFrame f = fm.frame();
    // A report that leans on evidence or fame ("a study demonstrated", "maca is known for") makes the
    // claim the author's own; a plain report ("users say", "was used for") does not.
    boolean vouched = f.attribution() == Attribution.REPORTED
        && f.boosters().stream().anyMatch(b -> invokesEvidence(b) || b.toLowerCase(Locale.ROOT).startsWith("known"));
    if (f.subject().isEmpty() || f.attribution() != Attribution.AUTHOR && !vouched) {
      return Optional.empty();
    }
    Optional<Rating> rating = fm.row().map(r -> r.claim().rating());
    boolean established = rating.filter(r -> r == Rating.SUPPORTED).isPresent();
    // "Can" grades a finding as conditional, but on a sales page "it can improve memory" promises
    // the benefit: only a real hedge ("may", "might", "studies suggest") or an association softens it.
    // "Can help" softens a claim, but not one about a serious disease: "it can help prevent cancer".
    boolean serious = f.outcome().map(outcomes::serious).orElse(false);
    boolean hedged = f.strength() == Strength.CORRELATIONAL || s.isHedged(f.cueStart())
        || f.strength() == Strength.CONDITIONAL && f.cue().toLowerCase(Locale.ROOT).contains("help")
            && !(serious && f.boosters().isEmpty());
    if (f.polarity() == Polarity.NEGATED) {
      // "Not addictive", "does not cause side effects": safety stated as absolute.
      boolean harmDenied = f.relation() == Relation.CAUSES && f.outcome().map(o -> outcomes.type(o) == OutcomeType.HARM).orElse(false);
      return harmDenied && !hedged ? Optional.of(new Verdict(Rule.ABSOLUTE_SAFETY, safetySeverity(rating), fm)) : Optional.empty();
    }
    if (!f.relation().isBenefit()) {
      return Optional.empty();
    }
    if (f.relation() == Relation.SAFE) {
      boolean absolute = f.outcome().isPresent() || absolute(s);
      if (absolute && !hedged) {
        return Optional.of(new Verdict(Rule.ABSOLUTE_SAFETY, safetySeverity(rating), fm));
      }
      return !hedged && rating.filter(r -> r != Rating.SUPPORTED).isPresent()
          ? Optional.of(new Verdict(Rule.UNHEDGED_BENEFIT, Severity.WARNING, fm)) : Optional.empty();
    }
    if (f.relation() == Relation.APPROVED) {
      boolean unapproved = rating.map(r -> r == Rating.UNSUPPORTED)
          .orElse(f.subject().map(substances::get).map(x -> !x.hasApprovedUse()).orElse(false));
      return unapproved && !hedged ? Optional.of(new Verdict(Rule.FALSE_APPROVAL, Severity.WARNING, fm)) : Optional.empty();
    }
    boolean disease = f.relation().isTherapeutic() && f.outcome().map(o -> outcomes.type(o) == OutcomeType.DISEASE).orElse(false);
    boolean evidence = f.boosters().stream().anyMatch(FrameOverstatement::invokesEvidence);
    boolean boosted = f.boosters().stream().anyMatch(b -> !invokesEvidence(b));
    if (disease && !established && (!hedged || f.relation() == Relation.CURES && f.strength() != Strength.CORRELATIONAL || boosted)) {
      return Optional.of(new Verdict(Rule.DISEASE_CLAIM, serious ? Severity.ERROR : Severity.WARNING, fm));
    }
    if (established) {
      return Optional.empty();
    }
    if (evidence && !hedged) {
      return Optional.of(new Verdict(Rule.OVERSTATED_EVIDENCE, Severity.WARNING, fm));
    }
    boolean nutrient = f.subject().map(substances::get).map(x -> x.kind().equals("nutrient")).orElse(true);
    // "This stuff works!": efficacy promised for everything at once, which no row can support.
    if (general(f)) {
      return !hedged && !nutrient && f.strength() == Strength.DIRECT
          ? Optional.of(new Verdict(Rule.UNHEDGED_BENEFIT, Severity.WARNING, fm)) : Optional.empty();
    }
    if (boosted && (rating.isPresent() || f.outcome().isPresent())) {
      return Optional.of(new Verdict(Rule.ABSOLUTE_CLAIM, Severity.WARNING, fm));
    }
    if (!hedged && rating.isPresent()) {
      return Optional.of(new Verdict(Rule.UNHEDGED_BENEFIT, Severity.WARNING, fm));
    }
    // A benefit of an herb or product the database has not rated, stated as fact: few such claims
    // are established, so the editor is told to check it. Nutrients are left alone: what they do
    // in the body ("iron carries oxygen") is textbook physiology.
    // Lessening a harm ("to minimise side effects") is about using it carefully, not a benefit sold.
    boolean harm = f.outcome().map(o -> outcomes.type(o) == OutcomeType.HARM).orElse(false);
    if (!hedged && !nutrient && !harm && f.outcome().isPresent() && f.strength() != Strength.NONE) {
      return Optional.of(new Verdict(Rule.UNHEDGED_BENEFIT, Severity.INFO, fm));
    }
    return Optional.empty();
  }

  /** A frame of efficacy in general: no outcome, not even an unknown one ("it works"). */
  private static boolean general(ClaimFrame f) {
    return f.relation() == Relation.IMPROVES && f.outcome().isEmpty() && f.outcomeText().isEmpty();
  }

  /** Absolute safety is an error when the database says the substance is not safe. */
  private static Severity safetySeverity(Optional<Rating> rating) {
    return rating.filter(r -> r == Rating.UNSUPPORTED).isPresent() ? Severity.ERROR : Severity.WARNING;
  }

  private static boolean absolute(AnalyzedSentence s) {
    for (Token t : s.tokens()) {
      if (ABSOLUTES.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean invokesEvidence(String booster) {
    for (String w : booster.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (EVIDENCE.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject as the sentence names it, or the substance's name where the sentence names it only
   * through the article ("Detoxifies the Body" under a heading, "this stuff works").
   */
  private String subjectName(ClaimFrame f) {
    boolean named = !f.subjectText().isEmpty() && !f.subjectText().equals(f.cue());
    return named ? f.subjectText() : f.subject().map(substances::get).map(Substance::name).orElse("it");
  }

  private Finding finding(AnalyzedSentence s, Verdict v) {
    ClaimFrame f = v.frame().frame();
    Optional<EvidenceRow> row = v.frame().row();
    String subject = subjectName(f);
    String claim = !general(f) ? "\"" + subject + " " + phrase(f, true) + "\""
        : f.cue().toLowerCase(Locale.ROOT).startsWith("work") ? "\"" + subject + " " + f.cue() + "\""
        : "\"the " + f.cue() + " of " + subject + "\"";
    String evidence = row.map(r -> " The database rates it " + r.claim().rating().label() + ": " + oneLine(r.claim().verdict()))
        .orElse(" The database has no rating for it.");
    String booster = f.boosters().isEmpty() ? "" : " (\"" + f.boosters().get(0) + "\")";
    String message = switch (v.rule()) {
      case DISEASE_CLAIM -> "Claims that " + claim + ", a disease claim: a supplement or remedy may not claim to treat, "
          + "cure, mitigate or prevent a disease (21 CFR 101.93(g)), and the FTC asks for randomized controlled trials "
          + "for such claims." + evidence;
      case ABSOLUTE_SAFETY -> "States safety as absolute (" + claim + "): no substance is free of risk for everyone." + evidence;
      case FALSE_APPROVAL -> "Claims an approval (" + claim + ") that no regulator has given." + evidence;
      case OVERSTATED_EVIDENCE -> "Invokes evidence" + booster + " for " + claim + ", which the evidence does not establish."
          + evidence;
      case ABSOLUTE_CLAIM -> "Absolute wording" + booster + " on " + claim + ", a benefit the evidence does not establish."
          + evidence;
      case UNHEDGED_BENEFIT -> "States as established " + claim + "." + evidence;
    };
    List<FindingDetail> details = List.of(new Suggestion(suggestion(f, subject, row), row.isPresent() ? "calibrated-claim" : "advice"));
    Optional<ClaimMatch> match = row.map(r -> new ClaimMatch(r.claim(), 1.0, List.of(
        new ConceptHit(f.subject().orElse(""), f.subjectText(), f.start(), f.start() + 1, false, false, false),
        new ConceptHit("RELATION", f.cue(), f.cueStart(), f.cueStart() + 1, false, false, false))));
    return new Finding(Category.OVERSTATEMENT, v.severity(), v.rule().id, message, s.text(), s.sentence().start(),
        s.sentence().end(), match, details);
  }

  /** The claim stated as strongly as the evidence allows. */
  private String suggestion(ClaimFrame f, String subject, Optional<EvidenceRow> row) {
    if (general(f)) {
      return "Say what " + subject + " was tested for and what was found, e.g. \"In small studies, " + subject
          + " ... \", rather than that it works.";
    }
    if (row.isEmpty()) {
      return "Say what evidence there is, e.g. \"" + capitalise(subject) + " is being studied for " + object(f)
          + "\", and do not present it as a treatment.";
    }
    Claim c = row.get().claim();
    return switch (c.rating()) {
      case SUPPORTED -> capitalise(subject) + " " + phrase(f, true) + ".";
      case CONTESTED -> capitalise(subject) + " may " + phrase(f, false) + ", but the evidence is limited to small or early studies.";
      case UNSUPPORTED -> "There is no reliable evidence that " + subject + " " + phrase(f, true) + ".";
    };
  }

  /** "relieves joint pain" (third person) or "help relieve joint pain" (after "may"). */
  private String phrase(ClaimFrame f, boolean thirdPerson) {
    String o = object(f);
    return switch (f.relation()) {
      case TREATS -> (thirdPerson ? "relieves " : "help relieve ") + o;
      case CURES -> (thirdPerson ? "cures " : "help with ") + o;
      case PREVENTS -> (thirdPerson ? "prevents " : "help prevent ") + o;
      case IMPROVES -> (thirdPerson ? "improves " : "help improve ") + o;
      case SAFE -> (thirdPerson ? "is safe" : "be safe for most people") + (o.isEmpty() ? "" : " (" + o + ")");
      case APPROVED -> (thirdPerson ? "is approved" : "be approved") + (o.isEmpty() ? "" : " for " + o);
      case CAUSES -> (thirdPerson ? "does not cause " : "not cause ") + o;
      case INTERACTS -> (thirdPerson ? "interacts with " : "interact with ") + o;
    };
  }

  /** The outcome as the sentence names it, or its label where a verb named it ("detoxifies"). */
  private String object(ClaimFrame f) {
    boolean verb = f.outcomeText().equalsIgnoreCase(f.cue());
    return f.outcomeText().isEmpty() ? "this" : verb ? f.outcome().map(outcomes::label).orElse(f.outcomeText()) : f.outcomeText();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
