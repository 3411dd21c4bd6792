package dev.claimcheck.dosing;

import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.FindingDetail;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the dosing rules know about one sentence: the doses read, the substances and substance
 * classes named, how the sentence speaks (advice, report, warning), the substance the article is
 * about, and whether a clinician is in charge nearby. Immutable.
 */
record SentenceFacts(
    AnalyzedSentence sentence,
    List<DoseMention> doses,
    List<SubstanceFinder.Hit> names,
    AdviceFrame frame,
    Optional<Substance> articleSubject,
    boolean subjectReferenced,
    boolean clinicalContext) {
  /** Words after "2 g of" that still mean the article's substance ("2 g of the powder"). */
  private static final Set<String> GENERIC = Set.of("it", "this", "that", "these", "them", "powder", "leaf", "leaves",
      "extract", "tea", "product", "products", "herb", "plant", "botanical", "supplement", "remedy", "substance", "capsule",
      "capsules", "tablet", "tablets", "dose", "doses", "dosage", "material", "stuff", "blend", "strain", "strains",
      "tincture", "resin", "shot", "shots", "liquid", "drink", "concentrate", "mixture", "intake", "amount", "use",
      "consumption", "serving", "total", "maximum", "limit");

  /** The class of substances.yaml that names medicines other than the database's substances. */
  static final String OTHER_MEDICINES = "other-medicines";

  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "your", "a", "an", "our", "fresh", "dried",
      "crushed", "ground", "fine", "finely", "pure", "raw", "red", "green", "white", "yellow", "gold", "quality", "high",
      "premium", "vein", "bali", "maeng", "da", "borneo", "malay", "leaf", "powdered");

  List<Substance> namedSubstances() {
    return names.stream().filter(SubstanceFinder.Hit::isSubstance).map(SubstanceFinder.Hit::substance).distinct().toList();
  }

  /**
   * Whose dose it is: the substance named right after it ("2 g of kratom"), else nothing when it
   * is of something unknown ("5 mL of water", "ibuprofen 400 mg"), else the substance named nearest
   * in the sentence, else the article's subject ("take 2 g of it", "the powder") unless the sentence
   * names another medicine and does not refer to the subject.
   */
  Optional<Substance> substanceOf(DoseMention m) {
    List<Token> t = sentence.tokens();
    // "Ibuprofen 400 mg every six hours": a name heading the dose, not a verb's object ("give children 3,000 IU").
    int before = m.startToken() - 1;
    if (before >= 0 && t.get(before).isNoun() && !GENERIC.contains(t.get(before).lemma())
        && !AdviceFrame.DOSING_VERBS.contains(t.get(before).lemma()) && hitEndingAt(m.startToken()).isEmpty()
        && (before == 0 || t.get(before - 1).isPunctuation() || t.get(before - 1).tag().equals("DET"))) {
      return Optional.empty();
    }
    int i = m.endToken();
    if (i < t.size() && t.get(i).lower().equals("of")) {
      int j = i + 1;
      while (j < t.size() && DETERMINERS.contains(t.get(j).lower()) && !startsSubstance(j)) {
        j++;
      }
      Optional<SubstanceFinder.Hit> named = hitAt(j);
      if (named.isPresent()) {
        return Optional.ofNullable(named.get().substance());
      }
      if (j < t.size() && !GENERIC.contains(t.get(j).lower()) && !GENERIC.contains(t.get(j).lemma())
          && (t.get(j).isNoun() || t.get(j).tag().equals("ADJ"))) {
        return Optional.empty();
      }
    }
    SubstanceFinder.Hit nearest = null;
    int best = Integer.MAX_VALUE;
    for (SubstanceFinder.Hit h : names) {
      if (!h.isSubstance()) {
        continue;
      }
      int d = h.end() <= m.startToken() ? m.startToken() - h.end() : h.start() - m.endToken();
      if (Math.abs(d) < best) {
        best = Math.abs(d);
        nearest = h;
      }
    }
    if (nearest != null) {
      return Optional.of(nearest.substance());
    }
    boolean otherMedicine = names.stream().anyMatch(h -> !h.isSubstance() && h.substanceClass().id().equals(OTHER_MEDICINES));
    return otherMedicine && !subjectReferenced ? Optional.empty() : articleSubject;
  }

  private Optional<SubstanceFinder.Hit> hitEndingAt(int token) {
    return names.stream().filter(h -> h.end() == token).findFirst();
  }

  /** The substance the sentence is about: the first one it names, else the article's subject. */
  Optional<Substance> sentenceSubstance() {
    return names.stream().filter(h -> h.isSubstance() && !h.negated()).map(SubstanceFinder.Hit::substance).findFirst()
        .or(() -> articleSubject);
  }

  private boolean startsSubstance(int token) {
    return hitAt(token).isPresent();
  }

  private Optional<SubstanceFinder.Hit> hitAt(int token) {
    return names.stream().filter(h -> h.start() == token && h.isSubstance()).findFirst();
  }

  Finding finding(Severity severity, String rule, String message, List<FindingDetail> details) {
    return new Finding(Category.DOSING, severity, rule, message, sentence.text(), sentence.sentence().start(),
        sentence.sentence().end(), Optional.empty(), details);
  }
}
