package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.segment.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Advice to raise the dose on one's own ("start low and increase as needed", "titrate", "gradual
 * adjustments as needed") of a substance with no approved dose, or of a prescription drug outside a
 * clinician's care ({@code self-escalation}). Tolerance and escalation are how dependence on kratom
 * develops (research brief §3), so "under professional guidance" does not make it safe advice for
 * an unapproved substance. "Do not increase the dose" and "users often increase their dose" are left
 * alone. Stateless and thread-safe.
 */
final class SelfEscalationRule implements DosingRule {
  private static final Set<String> TITRATE = Set.of("titrate", "titration", "titrating", "titrated", "up-titrate", "uptitrate");

  private static final Set<String> RAISE = Set.of("increase", "raise", "escalate", "escalation", "adjust", "adjustment",
      "adjustments", "increment", "increments", "redose", "re-dose", "double", "increasing", "raising", "adjusting");

  /** Verbs that mean raising only with "up": "work up to", "build up", "step up". */
  private static final Set<String> UP_VERBS = Set.of("work", "build", "step", "bump", "go", "move", "ramp", "scale");

  private static final Set<String> MODIFIERS = Set.of("gradually", "gradual", "slowly", "slow", "incrementally",
      "incremental", "progressively", "steadily", "needed", "necessary", "required", "until", "tolerated", "desired",
      "own", "yourself", "whenever", "response", "respond", "feel", "accordingly", "if");

  private static final Set<String> DOSE_WORDS = Set.of("dose", "doses", "dosage", "dosages", "amount", "amounts",
      "intake", "serving", "servings", "gram", "grams", "quantity", "it");

  private static final Set<String> START = Set.of("start", "begin", "starting", "beginning", "initially", "initial", "first");

  private static final Set<String> LOW = Set.of("low", "lower", "small", "smaller", "minimal", "lowest", "little");

  /** Objects that are raised without being a dose: "increase the risk", "increase dopamine levels". */
  private static final Set<String> NOT_DOSES = Set.of("risk", "risks", "chance", "chances", "likelihood", "level",
      "levels", "rate", "effect", "effects", "dopamine", "prolactin", "tolerance", "heart", "pressure", "energy", "mood",
      "production", "activity", "sensitivity", "intensity");

  @Override
  public List<Finding> judge(SentenceFacts f) {
    AdviceFrame frame = f.frame();
    List<Token> t = f.sentence().tokens();
    if (passiveRaise(t) && !frame.reports()) {
      return judge(f, f.sentence().text().strip());
    }
    if (!(frame.strongAdvice() || frame.presentsNorm()) || frame.reports() && !frame.positiveImperative()) {
      return List.of();
    }
    boolean startLow = startLow(t);
    boolean doseContext = startLow || !f.doses().isEmpty() || t.stream().anyMatch(k -> DOSE_WORDS.contains(k.lower()));
    for (int i = 0; i < t.size(); i++) {
      if (!isEscalation(t, i) || frame.negatedVerb(i) || raisesSomethingElse(t, i)) {
        continue;
      }
      boolean strong = TITRATE.contains(t.get(i).lower()) || TITRATE.contains(t.get(i).lemma()) || redose(t, i)
          || doublesTheDose(t, i);
      // "work with your doctor to adjust the dose": the clinician adjusts, the reader does not escalate.
      if (t.get(i).lemma().startsWith("adjust") && frame.mentionsClinician()) {
        continue;
      }
      if (strong || doseContext && (modified(t, i) || startLow || doseAfter(f, i))) {
        return judge(f, quote(f, i));
      }
    }
    return List.of();
  }

  private static List<Finding> judge(SentenceFacts f, String quote) {
    Optional<Substance> s = f.sentenceSubstance();
    if (s.isEmpty()) {
      return List.of();
    }
    Substance sub = s.get();
    if (!sub.hasApprovedDose()) {
      return List.of(f.finding(Severity.ERROR, "self-escalation", "Tells readers to raise the dose of " + sub.name()
          + " on their own (\"" + quote + "\"); " + sub.name() + " has no approved dose, and escalating it builds tolerance and dependence.",
          List.of()));
    }
    if (sub.prescription() && !f.clinicalContext()) {
      return List.of(f.finding(Severity.WARNING, "self-escalation", "Tells readers to raise the dose of " + sub.name()
          + " on their own (\"" + quote + "\"); its dose is set by a prescriber.", List.of()));
    }
    return List.of();
  }

  /**
   * "The dose can be slowly increased", "the dosage may be raised gradually": escalation put in the
   * passive is advice all the same.
   */
  private static boolean passiveRaise(List<Token> t) {
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!DOSE_WORDS.contains(t.get(i).lower())) {
        continue;
      }
      int k = i + 1;
      if (k < t.size() && Set.of("can", "may", "should", "could").contains(t.get(k).lower())) {
        k++;
        if (k < t.size() && t.get(k).lower().equals("then")) {
          k++;
        }
        if (k < t.size() && t.get(k).lower().equals("be")) {
          k++;
          while (k < t.size() && t.get(k).tag().equals("ADV")) {
            k++;
          }
          if (k < t.size() && (RAISE.contains(t.get(k).lower()) || RAISE.contains(t.get(k).lemma()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "redose", "take more", "add another gram": taking more is itself the dose; "need to take more" describes tolerance. */
  private static boolean redose(List<Token> t, int i) {
    String w = t.get(i).lemma();
    if (w.equals("redose") || w.equals("re-dose")) {
      return true;
    }
    boolean more = Set.of("take", "add", "use", "have").contains(w) && i + 1 < t.size()
        && Set.of("more", "another", "extra", "additional").contains(t.get(i + 1).lower());
    boolean needs = i >= 2 && t.get(i - 1).lower().equals("to")
        && Set.of("need", "needing", "needs", "have", "has", "having").contains(t.get(i - 2).lower());
    return more && !needs;
  }

  private static boolean isEscalation(List<Token> t, int i) {
    Token k = t.get(i);
    if (TITRATE.contains(k.lower()) || TITRATE.contains(k.lemma()) || RAISE.contains(k.lower()) || RAISE.contains(k.lemma())) {
      return true;
    }
    // "take more if needed", "add another gram": redosing
    if (Set.of("take", "add", "use", "have").contains(k.lemma()) && i + 1 < t.size()
        && Set.of("more", "another", "extra", "additional").contains(t.get(i + 1).lower())) {
      return true;
    }
    // "work up", "build up to", "work your way up"
    for (int j = i + 1; UP_VERBS.contains(k.lemma()) && j < Math.min(t.size(), i + 4); j++) {
      if (t.get(j).lower().equals("up") || t.get(j).lower().equals("higher")) {
        return true;
      }
    }
    return false;
  }

  private static boolean raisesSomethingElse(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      if (NOT_DOSES.contains(t.get(k).lower())) {
        return true;
      }
      if (DOSE_WORDS.contains(t.get(k).lower()) && !t.get(k).lower().equals("it")) {
        return false;
      }
    }
    return false;
  }

  private static boolean modified(List<Token> t, int i) {
    for (int k = Math.max(0, i - 3); k < Math.min(t.size(), i + 8); k++) {
      if (MODIFIERS.contains(t.get(k).lower()) || MODIFIERS.contains(t.get(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** "start with a low dose", "begin with low doses", "a lower dose ... initially". */
  private static boolean startLow(List<Token> t) {
    for (int i = 0; i < t.size(); i++) {
      if (START.contains(t.get(i).lower()) || START.contains(t.get(i).lemma())) {
        for (int k = Math.max(0, i - 5); k < Math.min(t.size(), i + 6); k++) {
          if (LOW.contains(t.get(k).lower())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean doseAfter(SentenceFacts f, int i) {
    return f.doses().stream().anyMatch(m -> m.startToken() > i && m.startToken() - i <= 4);
  }

  /** "double it", "double the dose": doubling is an escalation with no "gradually" or "as needed". */
  private static boolean doublesTheDose(List<Token> t, int i) {
    if (!t.get(i).lower().equals("double") || i + 1 >= t.size()) {
      return false;
    }
    int j = t.get(i + 1).tag().equals("DET") || t.get(i + 1).tag().equals("PRON") && !t.get(i + 1).lower().equals("it") ? i + 2 : i + 1;
    return j < t.size() && DOSE_WORDS.contains(t.get(j).lower());
  }

  private static String quote(SentenceFacts f, int i) {
    List<Token> t = f.sentence().tokens();
    int from = i > 0 && !t.get(i - 1).isPunctuation() ? i - 1 : i;
    int to = i;
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      if (MODIFIERS.contains(t.get(k).lower()) || DOSE_WORDS.contains(t.get(k).lower()) || t.get(k).lower().equals("up")) {
        to = k;
      }
    }
    return f.sentence().text().substring(t.get(from).start(), t.get(to).end());
  }
}
