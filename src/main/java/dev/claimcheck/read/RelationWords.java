package dev.claimcheck.read;

import java.util.List;

/**
 * The words that state a relation, by what they say happens to the outcome. Which relation a word
 * states depends on the outcome too: "reduces" treats a symptom but harms a function, "boosts"
 * improves a function but worsens a disease ({@link FrameReader#relation}). Words are matched by
 * lemma or lower-case text, so base forms cover every inflection.
 */
enum RelationWords {
  /** Makes the outcome less: treats a bad outcome, harms a good one. */
  DECREASE(List.of("relieve", "relief", "ease", "alleviate", "soothe", "calm", "reduce", "reduction", "lower", "decrease",
      "lessen", "minimize", "mitigate", "diminish", "fight", "combat", "treat", "treatment", "curb",
      "tame", "shorten", "bring down", "fix", "halt", "soak up", "absorb", "lift", "remove", "clear out", "purge", "neutralize", "suppress", "inhibit", "block", "kill", "shrink", "slow", "stop", "beat", "banish", "help with",
      "help against", "remedy", "remedy for", "cut", "halve", "dampen", "quiet", "quell", "counteract", "tackle",
      "melt", "burn", "flush", "flush out", "detox", "cleanse", "answer to", "solution for", "solution to", "effective against",
      "effective for", "effective in", "effectiveness for", "effectiveness in", "effectiveness against", "efficacy for",
      "efficacy in", "efficacy against", "work for", "work against", "take the edge off", "anti-inflammatory",
      "antiviral", "antibacterial", "antifungal", "therapy for", "medicine for", "less", "fewer")),
  /** Ends the outcome: cures a disease. */
  CURE(List.of("cure", "reverse", "heal", "eliminate", "eradicate", "get rid of", "wipe out", "clear up", "resolve",
      "cure-all", "kill off")),
  /** Keeps the outcome from happening. */
  PREVENT(List.of("prevent", "prevention", "protect", "protection", "protective", "ward off", "guard against",
      "stave off", "avert", "shield", "preventive")),
  /** Makes things better: supports a function, helps with a complaint. */
  IMPROVE(List.of("improve", "improvement", "boost", "support", "enhance", "promote", "strengthen", "sharpen",
      "optimize", "extend", "build", "speed up", "accelerate", "hasten", "restore", "nourish", "rejuvenate", "revitalize", "benefit", "beneficial",
      "effect", "impact", "good for", "great for", "perfect for", "ideal for", "useful for", "helpful for", "helpful in", "useful in",
      "beneficial in", "beneficial for", "help", "aid", "fuel",
      "maximize", "work wonders for", "better")),
  /** Keeps the outcome in a healthy range: treats a disease, improves a measure or function ("balances hormones"). */
  NORMALIZE(List.of("manage", "control", "regulate", "balance", "stabilize", "normalize", "in check", "under control")),
  /** Makes the outcome more: improves a function, worsens a disease. */
  INCREASE(List.of("increase", "raise", "elevate", "heighten", "double", "spike", "amplify", "stimulate", "higher", "greater")),
  /** Brings about a harm. */
  CAUSE(List.of("cause", "trigger", "hurt", "impair", "weaken", "disrupt", "worse", "destroy", "upset", "irritate", "lead to", "result in", "induce", "damage", "harm", "worsen", "aggravate",
      "contribute to", "provoke", "injure", "poison", "toxic to", "risk of", "risky for", "dangerous for")),
  /** Is harmful in itself: "toxic", "dangerous" (the harm is poisoning or side effects when none is named). */
  HARMFUL(List.of("toxic", "poisonous", "harmful", "dangerous", "unsafe", "deadly", "lethal", "hazardous")),
  /** Is safe, gentle, free of harm. */
  SAFE(List.of("safe", "harmless", "non-toxic", "nontoxic", "gentle", "risk-free", "side-effect-free", "well tolerated",
      "well-tolerated")),
  /** Makes people dependent. */
  ADDICTIVE(List.of("addictive", "habit-forming", "habit forming")),
  /** Acts together with a medicine. */
  INTERACT(List.of("interact", "interaction", "interfere with", "interfere", "should not be combined with",
      "should not be taken with", "dangerous with")),
  /** A regulator's approval. */
  APPROVE(List.of("approve", "approved", "fda-approved", "license", "licensed", "authorized", "cleared by the fda")),
  /** An association, not a cause. */
  ASSOCIATE(List.of("associate with", "associated with", "association", "link", "linked to", "linked with",
      "correlate", "correlated with", "correlation", "tie to", "tied to", "connected to", "connected with", "related to",
      "relationship", "predict", "predictor", "predictive of", "risk factor", "more likely", "less likely",
      "odds", "coincide with", "risk factor for", "inversely associated", "more common in", "less common in", "more common among",
      "less common among", "more prevalent", "less prevalent"));

  final List<String> terms;

  RelationWords(List<String> terms) {
    this.terms = terms;
  }

  /** The concept id under which the vocabulary finds these words. */
  String conceptId() {
    return "REL_" + name();
  }
}
