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
    boolean clinicalContext,
    List<dev.claimcheck.match.FrameMatch> claims) {
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
   * names another medicine and does not refer to the subject, or doses something unknown.
   */
  Optional<Substance> substanceOf(DoseMention m) {
    int i = m.endToken();
    List<Token> t = sentence.tokens();
    if (i < t.size() && t.get(i).lower().equals("of")) {
      int j = afterDeterminers(i + 1);
      Optional<SubstanceFinder.Hit> named = hitAt(j);
      if (named.isPresent()) {
        return Optional.ofNullable(named.get().substance());
      }
      if (names.stream().anyMatch(h -> h.start() == j)) {
        return Optional.empty(); // a member of a class, no substance of its own: "a glass of wine"
      }
    }
    if (unknownNameOf(m).isPresent()) {
      return Optional.empty();
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
    // "Take 200 mg of magnesium and raise it to 400 mg": the sentence is about the unknown one.
    return otherMedicine && !subjectReferenced || unknownSubstance().isPresent() ? Optional.empty() : articleSubject;
  }

  /**
   * The words naming something the database does not know that {@code m} is a dose of: a name
   * heading the dose ("Ibuprofen 400 mg every six hours", but not a verb's object: "give children
   * 3,000 IU") or a name after "of" ("10 mg of melatonin", "5 drops of valerian tincture"), but not
   * a word that still means the article's substance ("2 g of the powder").
   */
  Optional<String> unknownNameOf(DoseMention m) {
    List<Token> t = sentence.tokens();
    int before = m.startToken() - 1;
    if (before >= 0 && t.get(before).isNoun() && !GENERIC.contains(t.get(before).lemma())
        && !AdviceFrame.DOSING_VERBS.contains(t.get(before).lemma()) && hitEndingAt(m.startToken()).isEmpty()
        && (before == 0 || t.get(before - 1).isPunctuation() || t.get(before - 1).tag().equals("DET"))) {
      return Optional.of(t.get(before).text());
    }
    int i = m.endToken();
    if (i < t.size() && t.get(i).lower().equals("of")) {
      int j = afterDeterminers(i + 1);
      boolean known = names.stream().anyMatch(h -> h.start() == j); // a substance or a class ("a glass of wine")
      if (!known && j < t.size() && !GENERIC.contains(t.get(j).lower()) && !GENERIC.contains(t.get(j).lemma())
          && (t.get(j).isNoun() || t.get(j).tag().equals("ADJ"))) {
        int end = j + 1;
        while (end < t.size() && t.get(end).isNoun()) {
          end++; // "valerian root tincture"
        }
        return Optional.of(sentence.text().substring(t.get(j).start(), t.get(end - 1).end()));
      }
    }
    return Optional.empty();
  }

  /** The first token from {@code j} on that is not a determiner or descriptive word before a name. */
  private int afterDeterminers(int j) {
    List<Token> t = sentence.tokens();
    while (j < t.size() && DETERMINERS.contains(t.get(j).lower()) && !startsSubstance(j)) {
      j++;
    }
    return j;
  }

  /**
   * Something the database does not know that the sentence doses ("Give your child 10 mg of
   * melatonin"), when it names no substance the database knows.
   */
  Optional<String> unknownSubstance() {
    if (!namedSubstances().isEmpty()) {
      return Optional.empty();
    }
    return doses.stream().map(this::unknownNameOf).flatMap(Optional::stream).findFirst();
  }

  private Optional<SubstanceFinder.Hit> hitEndingAt(int token) {
    return names.stream().filter(h -> h.end() == token).findFirst();
  }

  /**
   * The substance the sentence is about: the first one it names, else the article's subject,
   * unless its dose is of something else the database does not know ("10 mg of melatonin" in an
   * article about kratom): then none, rather than the wrong one.
   */
  Optional<Substance> sentenceSubstance() {
    Optional<Substance> named =
        names.stream().filter(h -> h.isSubstance() && !h.negated()).map(SubstanceFinder.Hit::substance).findFirst();
    if (named.isPresent() || unknownSubstance().isPresent()) {
      return named;
    }
    return articleSubject;
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
