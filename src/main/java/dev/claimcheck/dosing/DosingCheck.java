package dev.claimcheck.dosing;

import dev.claimcheck.check.Category;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.check.Check;
import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.ingest.TextBlock;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reports unsafe dosing advice (category dosing), per ../shared/eval/RUBRIC.md: doses of
 * substances with no approved dose, doses above a database limit, self-escalation, combining with
 * depressants, stopping prescribed treatment and dosing children or pregnant people. Each finding
 * explains its arithmetic and carries the parsed dose. Immutable and thread-safe.
 */
public final class DosingCheck implements Check {
  private final ClaimDatabase db;
  private final SubstanceFinder finder;
  private final DoseExtractor extractor = new DoseExtractor();
  private final List<DosingRule> rules;

  public DosingCheck(ClaimDatabase db) {
    this.db = db;
    this.finder = new SubstanceFinder(db);
    this.rules = List.of(new DoseAmountRule(), new SelfEscalationRule(), new CombinationRule(), new StopTreatmentRule(),
        new VulnerableGroupRule(), new NeverSwallowRule(), new OffLabelRule(db), new ScheduleRule(), new DoseEndorsementRule());
  }

  @Override
  public String id() {
    return "dosing";
  }

  @Override
  public List<Finding> check(MatchedArticle article) {
    List<AnalyzedSentence> sentences = article.sentences().stream().map(MatchedSentence::sentence).toList();
    List<List<SubstanceFinder.Hit>> names = sentences.stream().map(finder::find).toList();
    Optional<Substance> subject = subject(names, article.mainSubject());
    Set<TextBlock> clinicalBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    List<AdviceFrame> frames = new ArrayList<>();
    for (AnalyzedSentence s : sentences) {
      AdviceFrame frame = new AdviceFrame(s);
      frames.add(frame);
      if (frame.mentionsClinician()) {
        clinicalBlocks.add(s.sentence().block());
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      AnalyzedSentence s = sentences.get(i);
      if (s.isQuestion()) {
        continue;
      }
      MatchedSentence ms = article.sentences().get(i);
      boolean referenced = subject.flatMap(Substance::concept).map(ms::has).orElse(false);
      SentenceFacts facts = new SentenceFacts(s, extractor.extract(s), names.get(i), frames.get(i), subject, referenced,
          clinicalBlocks.contains(s.sentence().block()), ms.frames());
      int before = findings.size();
      for (DosingRule rule : rules) {
        findings.addAll(rule.judge(facts));
      }
      boolean dosed = findings.subList(before, findings.size()).stream().anyMatch(x -> x.rule().equals("dose-no-approved-use"));
      doseClaim(facts, dosed).ifPresent(findings::add);
    }
    return findings;
  }

  /**
   * A sentence that doses a substance without an established dose names the claim that it has one
   * ("the typical dose is 300 mg"): shown as information with the claim's rating, beside any dosing
   * finding, whether the sentence advises the dose or describes it.
   */
  private Optional<Finding> doseClaim(SentenceFacts f, boolean dosed) {
    // An amount, not vague talk: "start low and increase slowly" names no dose. A threshold of harm
    // ("doses above 1,800 mg raise side effects"), a report or a first-person account presents none.
    if (f.frame().warnsOfHarm() || f.frame().reports() || firstPerson(f.sentence())) {
      return Optional.empty();
    }
    Optional<Substance> amount = f.doses().stream()
        .filter(m -> m.amount().isPresent() && m.bound() != DoseMention.Bound.AT_LEAST).map(f::substanceOf)
        .flatMap(Optional::stream).findFirst();
    // A schedule given without an amount ("twice a day with milk") presupposes a dose as well.
    Optional<Substance> substance = amount.isPresent() || !dosed ? amount : f.sentenceSubstance();
    Optional<Claim> claim = substance.flatMap(s -> db.doseClaim(s.id()));
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    AnalyzedSentence s = f.sentence();
    ClaimMatch match = new ClaimMatch(claim.get(), 1.0, List.of());
    return Optional.of(new Finding(Category.CLAIM, Severity.INFO, "unsupported-claim",
        "Names a claim the evidence does not support: " + claim.get().text() + " " + claim.get().verdict(), s.text(),
        s.sentence().start(), s.sentence().end(), Optional.of(match), List.of()));
  }

  private static boolean firstPerson(AnalyzedSentence s) {
    return s.tokens().stream().anyMatch(t -> t.lower().equals("i") || t.lower().equals("my") || t.lower().equals("me"));
  }

  /**
   * The substance the article is about: the one it names most (ties: the first named), else the
   * matcher's main subject when the database links a substance to that concept.
   */
  private Optional<Substance> subject(List<List<SubstanceFinder.Hit>> names, Optional<String> mainSubject) {
    Map<Substance, Integer> counts = new LinkedHashMap<>();
    for (List<SubstanceFinder.Hit> hits : names) {
      for (SubstanceFinder.Hit h : hits) {
        if (h.isSubstance()) {
          counts.merge(h.substance(), 1, Integer::sum);
        }
      }
    }
    Optional<Substance> counted = counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
    if (counted.isPresent()) {
      return counted;
    }
    return mainSubject.flatMap(c -> db.substances().stream()
        .filter(s -> s.id().equals(c) || s.concept().map(c::equals).orElse(false)).findFirst());
  }
}
