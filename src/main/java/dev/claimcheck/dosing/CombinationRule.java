package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.claims.SubstanceClass;
import dev.claimcheck.segment.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Advice to combine a substance with a class it interacts with (opioids, benzodiazepines, alcohol,
 * other CNS depressants), as listed under its {@code interactions} ({@code combine-depressants}).
 * "Never combine kratom with alcohol" and "combining it with sedatives can be dangerous" are
 * warnings and are left alone. Stateless and thread-safe.
 */
final class CombinationRule implements DosingRule {
  private static final Set<String> COMBINE = Set.of("combine", "combined", "combining", "combination", "mix", "mixed",
      "mixing", "pair", "paired", "pairing", "stack", "stacking", "alongside", "along", "together", "potentiate",
      "potentiator", "potentiates", "chase", "wash", "boost");

  private static final Set<String> APPROVAL = Set.of("well", "great", "nicely", "safe", "safely", "fine", "okay", "ok",
      "good", "perfectly", "works", "enhance", "enhances", "stronger");

  @Override
  public List<Finding> judge(SentenceFacts f) {
    Optional<Substance> subject = f.sentenceSubstance();
    if (subject.isEmpty() || f.frame().has(AdviceFrame.CAUTION_WORDS) || f.frame().reports()) {
      return List.of();
    }
    List<Token> t = f.sentence().tokens();
    boolean combining = false;
    for (int i = 0; i < t.size(); i++) {
      boolean cue = COMBINE.contains(t.get(i).lower()) || COMBINE.contains(t.get(i).lemma()) || whileOn(t, i);
      if (cue && !f.frame().negatedVerb(i) || withAfterDosingVerb(t, i)) {
        combining = true;
      }
    }
    boolean advice = f.frame().positiveImperative() || f.frame().strongAdvice() || f.frame().has(APPROVAL);
    if (!combining || !advice) {
      return List.of();
    }
    for (SubstanceFinder.Hit h : f.names()) {
      SubstanceClass c = h.substanceClass();
      if (c != null && !h.negated() && subject.get().interactions().contains(c.id()) && !namesSubject(f, h, subject.get())) {
        return List.of(f.finding(Severity.ERROR, "combine-depressants", "Advises combining " + subject.get().name() + " with "
            + f.sentence().text().substring(t.get(h.start()).start(), t.get(h.end() - 1).end()) + " (" + c.label()
            + "); " + subject.get().name() + " must not be combined with " + String.join(", ", subject.get().interactions())
            + ": together they raise the risk of sedation, breathing problems and overdose.", List.of()));
      }
    }
    return List.of();
  }

  /** "while on Suboxone", "while taking kratom": use at the same time. */
  private static boolean whileOn(List<Token> t, int i) {
    return t.get(i).lower().equals("while") && i + 1 < t.size()
        && Set.of("on", "taking", "using", "drinking").contains(t.get(i + 1).lower());
  }

  /** "take kratom with alcohol": "with" after a dosing verb. */
  private static boolean withAfterDosingVerb(List<Token> t, int i) {
    if (!t.get(i).lower().equals("with")) {
      return false;
    }
    for (int k = Math.max(0, i - 5); k < i; k++) {
      if (Set.of("take", "use", "drink", "swallow", "try", "work", "go").contains(t.get(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** A class word that is the subject's own name ("methadone" in a methadone sentence). */
  private static boolean namesSubject(SentenceFacts f, SubstanceFinder.Hit classHit, Substance subject) {
    return f.names().stream().anyMatch(h -> h.isSubstance() && h.substance().equals(subject)
        && h.start() < classHit.end() && classHit.start() < h.end());
  }
}
