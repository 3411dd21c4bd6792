package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Population;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.segment.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Advice to dose children or pregnant or breastfeeding people with a substance that has no approved
 * dose, or with a prescription drug outside a clinician's care ({@code dose-vulnerable-group}).
 * "Do not give kratom to children" is a warning and is left alone. Stateless and thread-safe.
 */
final class VulnerableGroupRule implements DosingRule {
  static final Set<String> CHILDREN = Set.of("child", "children", "kid", "kids", "toddler", "toddlers", "infant",
      "infants", "baby", "babies", "teen", "teens", "teenager", "teenagers", "adolescent", "adolescents", "minors",
      "son", "daughter", "youngster", "youngsters", "newborn", "newborns");

  static final Set<String> PREGNANCY = Set.of("pregnant", "pregnancy", "expecting", "breastfeeding", "lactating",
      "nursing", "breast-feeding", "trimester");

  private static final Set<String> GIVING = Set.of("take", "give", "use", "administer", "offer", "feed", "dose", "try", "consume");

  private static final Set<String> CAUTIONS = Set.of("not", "n't", "never", "avoid", "unsafe", "dangerous", "risk", "risks",
      "harm", "harmful", "no", "against", "without", "keep", "away", "reach", "consult", "doctor", "pediatrician");

  /** The population a sentence's advice is for. */
  static Population population(SentenceFacts f) {
    if (f.frame().has(CHILDREN)) {
      return Population.CHILD;
    }
    return f.frame().has(PREGNANCY) ? Population.PREGNANCY : Population.ADULT;
  }

  @Override
  public List<Finding> judge(SentenceFacts f) {
    Population p = population(f);
    if (p == Population.ADULT || f.frame().has(CAUTIONS) || f.frame().reports()) {
      return List.of();
    }
    List<Token> t = f.sentence().tokens();
    boolean giving = t.stream().anyMatch(k -> GIVING.contains(k.lemma()));
    // An amount endorsed for the group ("1 gram is fine for teens") doses it as surely as an order.
    boolean advice = f.frame().positiveImperative() || f.frame().strongAdvice() || modalFor(t)
        || !f.doses().isEmpty() && f.frame().advises();
    if (!advice || !(giving || !f.doses().isEmpty())) {
      return List.of();
    }
    String who = p == Population.CHILD ? "children" : "pregnant or breastfeeding people";
    Optional<Substance> s = f.sentenceSubstance();
    if (s.isEmpty()) {
      return unknownSubstance(f, who);
    }
    if (s.get().hasApprovedDose() && !(s.get().prescription() && !f.clinicalContext())) {
      return List.of();
    }
    String why = s.get().hasApprovedDose() ? "a prescription drug whose dose a clinician must set"
        : "which has no approved dose for anyone";
    List<dev.claimcheck.check.FindingDetail> details = f.doses().stream().findFirst()
        .map(m -> List.<dev.claimcheck.check.FindingDetail>of(DoseDetail.of(s.get().name(), m, DoseAmountRule.daily(m, s.get()))))
        .orElse(List.of());
    return List.of(f.finding(Severity.ERROR, "dose-vulnerable-group",
        "Advises giving " + s.get().name() + " to " + who + ", " + why + ".", details));
  }

  /**
   * A dose for the group of something the database does not know ("Give your child 10 mg of
   * melatonin"): the rubric counts any dosing of these groups without medical oversight, but what
   * is known of the substance is not on file, so a warning that says so.
   */
  private static List<Finding> unknownSubstance(SentenceFacts f, String who) {
    Optional<String> name = f.unknownSubstance();
    if (name.isEmpty() || f.clinicalContext()) {
      return List.of();
    }
    return List.of(f.finding(Severity.WARNING, "dose-vulnerable-group", "Advises giving " + name.get() + " to " + who
        + " without a clinician; claimcheck's database has no record of it, and a dose for " + who
        + " is a clinician's decision.", List.of()));
  }

  /** "pregnant women can take", "kids may use": permission given to the group. */
  private static boolean modalFor(List<Token> t) {
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).lower();
      if ((w.equals("can") || w.equals("may") || w.equals("could")) && GIVING.contains(t.get(i + 1).lemma())) {
        return true;
      }
      if ((w.equals("can") || w.equals("may")) && t.get(i + 1).lower().equals("safely") && i + 2 < t.size()
          && GIVING.contains(t.get(i + 2).lemma())) {
        return true;
      }
    }
    return false;
  }
}
