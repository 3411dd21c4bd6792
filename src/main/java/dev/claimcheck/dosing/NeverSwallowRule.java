package dev.claimcheck.dosing;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.DoseStatus;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An instruction to swallow what must never be swallowed (chlorine dioxide, hydrogen peroxide,
 * borax, turpentine, DMSO; the registry's {@code never-swallow}): an error with or without an
 * amount. A warning not to ("never drink it"), a description of what happened ("people who drank
 * it were poisoned") and other uses ("add borax to your laundry") are left alone.
 */
final class NeverSwallowRule implements DosingRule {
  /** Verbs of taking something by mouth, in their base form (an instruction or a modal's verb). */
  private static final Set<String> INGEST = Set.of("drink", "swallow", "ingest", "consume", "take", "sip", "eat");
  /** Drinks a substance can be added to: "add six drops to a glass of water". */
  private static final Set<String> DRINKS = Set.of("water", "juice", "coffee", "tea", "drink", "smoothie",
      "milk", "soda", "beverage");
  private static final Set<String> ADDING = Set.of("add", "mix", "put", "stir", "dissolve", "dilute", "drop");
  /** Phrases that say by mouth wherever they stand. */
  private static final Set<String> BY_MOUTH = Set.of("orally", "internally");

  @Override
  public List<Finding> judge(SentenceFacts f) {
    List<Finding> findings = new ArrayList<>();
    List<Substance> named = f.namedSubstances();
    // "Add six drops to water and drink it": the article's substance when the sentence names none.
    List<Substance> candidates = named.isEmpty() && f.subjectReferenced() ? f.articleSubject().stream().toList() : named;
    for (Substance s : candidates) {
      if (s.doseStatus().filter(d -> d == DoseStatus.NEVER_SWALLOW).isEmpty() || f.frame().reports()
          || !instructsToSwallow(f.sentence())) {
        continue;
      }
      findings.add(f.finding(Severity.ERROR, "never-swallow",
          "Tells readers to swallow " + s.name() + ", which must never be taken by mouth: it is a poison, whatever the dose.",
          List.of()));
    }
    return findings;
  }

  private static boolean instructsToSwallow(AnalyzedSentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean byMouth = BY_MOUTH.contains(t.lower())
          || t.lower().equals("by") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("mouth");
      boolean ingest = INGEST.contains(t.lemma()) && t.lower().equals(t.lemma());
      boolean intoDrink = ADDING.contains(t.lemma()) && t.lower().equals(t.lemma())
          && tokens.stream().skip(i + 1).anyMatch(k -> DRINKS.contains(k.lemma()));
      if ((byMouth || ingest || intoDrink) && !s.isNegated(i) && !s.isHedged(i)) {
        return true;
      }
    }
    return false;
  }
}
