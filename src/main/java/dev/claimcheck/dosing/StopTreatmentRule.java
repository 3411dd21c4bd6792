package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.segment.Token;
import java.util.List;
import java.util.Set;

/**
 * Advice to stop, or swap out, a prescribed treatment ({@code stop-prescribed}): "quit your
 * methadone and use kratom instead". "Never stop methadone without your prescriber" and "talk to
 * your doctor before stopping" are warnings and are left alone. Stateless and thread-safe.
 */
final class StopTreatmentRule implements DosingRule {
  private static final Set<String> STOP = Set.of("stop", "quit", "discontinue", "cease", "ditch", "abandon", "drop",
      "skip", "replace", "swap", "switch", "wean", "taper", "come", "get", "go", "give");

  /** Objects that stand for a treatment named before the verb. */
  private static final Set<String> PRONOUNS = Set.of("it", "them");

  /** Particles that make a phrasal stop verb: "come off", "give up". */
  private static final Set<String> PARTICLES = Set.of("off", "up", "from", "out");

  private static final Set<String> TREATMENT = Set.of("medication", "medications", "meds", "medicine", "medicines",
      "prescription", "prescriptions", "prescribed", "antidepressant", "antidepressants", "maintenance", "moud", "treatment",
      "therapy", "suboxone", "methadone", "buprenorphine", "naltrexone", "vivitrol", "subutex", "sublocade");

  /** Warnings, and a clinician in charge: "talk to your doctor before stopping", "your prescriber will taper". */
  private static final Set<String> CAUTIONS = Set.of("not", "n't", "never", "without", "before", "abruptly", "avoid",
      "consult", "talk", "ask", "speak", "discuss", "doctor", "doctors", "physician", "prescriber", "clinician",
      "provider", "nurse", "supervision", "supervised", "psychiatrist");

  @Override
  public List<Finding> judge(SentenceFacts f) {
    AdviceFrame frame = f.frame();
    if (frame.has(CAUTIONS) || frame.reports()) {
      return List.of();
    }
    List<Token> t = f.sentence().tokens();
    for (int i = 0; i < t.size(); i++) {
      if (!STOP.contains(t.get(i).lemma()) || frame.negatedVerb(i) || !advised(frame, t, i)) {
        continue;
      }
      boolean phrasal = Set.of("come", "get", "go", "give", "wean", "taper").contains(t.get(i).lemma());
      if (phrasal && !(i + 1 < t.size() && PARTICLES.contains(t.get(i + 1).lower()))) {
        continue;
      }
      for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
        boolean named = isTreatment(f, t, k);
        // "If you are on methadone, you can replace it with kratom": the pronoun stands for the
        // treatment named earlier in the sentence.
        boolean pronoun = k == i + 1 && PRONOUNS.contains(t.get(k).lower()) && treatmentBefore(f, t, i);
        if (named || pronoun) {
          return List.of(f.finding(Severity.ERROR, "stop-prescribed", "Advises stopping a prescribed treatment (\""
              + f.sentence().text().substring(t.get(i).start(), t.get(k).end())
              + "\") without a prescriber; stopping prescribed medication on one's own risks withdrawal and relapse, and after opioid treatment, overdose.",
              List.of()));
        }
      }
    }
    return List.of();
  }

  /** The stop verb itself is advised: an imperative, "you can stop", "consider stopping". */
  private static boolean advised(AdviceFrame frame, List<Token> t, int i) {
    if (frame.imperatives().contains(i)) {
      return true;
    }
    int j = i - 1;
    while (j >= 0 && t.get(j).tag().equals("ADV")) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String before = t.get(j).lower();
    return before.equals("consider") || before.equals("can") && j > 0 && t.get(j - 1).lower().equals("you")
        || before.equals("should") || before.equals("to") && j > 0 && t.get(j - 1).lower().equals("time");
  }

  private static boolean isTreatment(SentenceFacts f, List<Token> t, int k) {
    return TREATMENT.contains(t.get(k).lower()) || TREATMENT.contains(t.get(k).lemma()) || isPrescriptionDrug(f, k);
  }

  private static boolean treatmentBefore(SentenceFacts f, List<Token> t, int verb) {
    for (int k = 0; k < verb; k++) {
      if (isTreatment(f, t, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPrescriptionDrug(SentenceFacts f, int token) {
    return f.names().stream().anyMatch(h -> h.isSubstance() && h.start() == token && h.substance().prescription());
  }
}
