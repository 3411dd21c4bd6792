package dev.claimcheck.dosing;

import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a sentence speaks about taking something: does it tell the reader what to do (an
 * imperative, "you should", "it is essential to", "is recommended"), present an amount as the
 * norm ("the standard starting point is"), report what others did ("users report", "a survey
 * found", "took"), or warn ("avoid", "can cause", "risk")? Read once per sentence from its tokens
 * and lemmas. Immutable.
 *
 * <p>Strong advice (imperatives, modal advice, "it is important to", "should be taken") is advice
 * whatever else the sentence says. Weak signs (a recommended-dose phrase, second person, a purpose)
 * count only when the sentence neither reports nor warns: "users report 5-15 g a day; such doses
 * are linked to dependence" describes, it does not advise.
 */
final class AdviceFrame {
  /** Verbs whose bare form at the start of a clause gives an instruction about taking something. */
  static final Set<String> DOSING_VERBS = Set.of("take", "use", "start", "begin", "try", "consume", "mix", "add", "stir",
      "brew", "drink", "swallow", "chew", "place", "dissolve", "put", "measure", "aim", "stick", "limit", "keep", "stay",
      "increase", "raise", "combine", "pair", "stack", "switch", "replace", "stop", "quit", "discontinue", "give",
      "administer", "split", "divide", "repeat", "redose", "double", "go", "work", "build", "titrate", "adjust", "up",
      "sip", "steep", "toss", "wash", "space", "consider", "follow", "ditch", "drop", "swap", "offer", "feed", "have",
      "opt", "choose", "escalate", "bump", "step", "move", "cut", "taper", "wean", "come", "get");

  private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "—", "–", "(", "then", "so", "first", "next",
      "finally", "and", "or", "instead", "simply", "just", "also", "always", "only", "initially", "gradually", "slowly",
      "carefully", "please", "now", "afterwards", "later", "never", "-", "•", "*");

  private static final Set<String> ADVICE_ADJECTIVES = Set.of("essential", "important", "crucial", "best", "wise",
      "advisable", "recommended", "key", "vital", "better", "ideal", "necessary", "helpful", "good", "smart", "prudent",
      "critical", "imperative", "sensible", "safest", "safer");

  private static final Set<String> RECOMMEND_WORDS = Set.of("recommend", "recommended", "advise", "advised", "suggested",
      "enough", "sufficient", "suffice", "suffices", "optimal", "ideal");

  private static final List<List<String>> DOSE_NORMS = List.of(
      List.of("starting", "point"), List.of("starting", "dose"), List.of("starting", "dosage"), List.of("standard", "dose"),
      List.of("standard", "dosage"), List.of("typical", "dose"), List.of("typical", "dosage"), List.of("usual", "dose"),
      List.of("common", "dose"), List.of("common", "dosage"), List.of("effective", "dose"), List.of("right", "dose"),
      List.of("good", "dose"), List.of("maintenance", "dose"), List.of("beginner", "dose"), List.of("sweet", "spot"),
      List.of("serving", "size"), List.of("dosage", "guideline"), List.of("dosing", "guideline"), List.of("aim", "for"),
      List.of("work", "best"), List.of("all", "you", "need"), List.of("starting", "amount"), List.of("do", "well", "with"), List.of("does", "well", "with"),
      List.of("moderate", "dose"), List.of("moderate", "dosage"), List.of("average", "dose"), List.of("normal", "dose"),
      List.of("regular", "dose"));

  private static final Set<String> REPORT_WORDS = Set.of("report", "reported", "reports", "reporting", "survey", "surveys",
      "surveyed", "respondent", "respondents", "participant", "participants", "study", "studies", "trial", "trials",
      "researcher", "researchers", "took", "ingested", "received", "drank", "said", "described", "according", "cohort",
      "poll", "interviewed", "found", "observed", "documented", "claim", "claims", "claimed", "seller", "sellers", "vendor",
      "vendors", "marketer", "marketers", "proponent", "proponents", "advocate", "advocates", "anecdotal", "anecdotally",
      "research", "analysis", "analyses", "tests", "tested", "testing");

  private static final Set<String> HARM_WORDS = Set.of("cause", "causes", "caused", "risk", "risks", "linked", "associated",
      "toxicity", "toxic", "overdose", "overdoses", "dependence", "dependency", "addiction", "addictive", "adverse",
      "seizure", "seizures", "failure", "hepatitis", "jaundice", "death", "deaths", "die", "died", "fatal", "dangerous", "danger", "harm", "harmful",
      "poisoning", "hospitalization", "hospitalisation", "injury", "damage", "sedation", "sedated", "tolerance",
      "complication", "complications", "unsafe", "hepatotoxicity", "side", "nausea", "vomiting");

  static final Set<String> CAUTION_WORDS = Set.of("avoid", "never", "not", "n't", "no", "unsafe", "dangerous", "danger",
      "risky", "risk", "risks", "deadly", "fatal", "overdose", "death", "warn", "warns", "warning", "caution", "careful",
      "harmful", "serious", "interaction", "interactions", "unpredictable", "without", "refrain", "against", "cannot",
      "shouldn't", "must");

  static final Set<String> CLINICIAN_WORDS = Set.of("doctor", "doctors", "physician", "physicians", "prescriber",
      "prescribers", "prescribing", "prescribed", "clinician", "clinicians", "clinic", "clinics", "provider", "providers",
      "nurse", "pharmacist", "supervision", "supervised", "program", "programme", "psychiatrist", "otp", "team",
      "pediatrician", "pediatricians", "paediatrician", "paediatricians", "dietitian", "dietitians", "midwife", "obstetrician",
      "gp");

  private static final Set<String> ACCEPTABLE_WORDS = Set.of("fine", "okay", "ok", "alright", "acceptable");

  private static final Set<String> PARTICIPLES = Set.of("taken", "used", "consumed", "dosed", "mixed", "brewed",
      "administered", "swallowed", "given", "split", "divided");

  /** "5 to 8 g may be needed", "3 g is required": an amount presented as what it takes ("was needed" reports). */
  private static final Set<String> NEED_WORDS = Set.of("needed", "required");

  private static final Set<String> PURPOSES = Set.of("relief", "relieve", "ease", "manage", "withdrawal", "craving",
      "cravings", "pain", "energy", "sleep", "anxiety", "mood", "focus", "detox", "taper", "calm", "relax", "boost",
      "relaxation", "stimulation", "sedation", "euphoria", "beginner", "beginners");

  private final AnalyzedSentence sentence;
  private final List<Integer> imperatives = new ArrayList<>();
  private final boolean modalAdvice;
  private final boolean adviceAdjective;
  private final boolean passiveAdvice;
  private final boolean doseNorm;
  private final boolean recommendWord;
  private final boolean secondPerson;
  private final boolean report;
  private final boolean harm;
  private final boolean purpose;
  private final boolean clinician;

  AdviceFrame(AnalyzedSentence sentence) {
    this.sentence = sentence;
    List<Token> t = sentence.tokens();
    boolean modal = false;
    boolean adjective = false;
    boolean passive = false;
    boolean you = false;
    boolean reported = false;
    boolean harmful = false;
    boolean aim = false;
    boolean clinical = false;
    boolean recommend = false;
    boolean habit = false;
    for (int i = 0; i < t.size(); i++) {
      Token k = t.get(i);
      String w = k.lower();
      if (isImperative(t, i)) {
        imperatives.add(i);
      }
      if (w.equals("you") || w.equals("your") || w.equals("yourself") || w.equals("you'll") || w.equals("you're")) {
        you = true;
      }
      modal |= isModalAdvice(t, i);
      // "it is important to", "it's best to", "is recommended to"
      if (ADVICE_ADJECTIVES.contains(w) && i + 1 < t.size() && (t.get(i + 1).lower().equals("to") || t.get(i + 1).lower().equals("that"))
          && i > 0 && (t.get(i - 1).lemma().equals("be") || t.get(i - 1).lower().equals("'s") || t.get(i - 1).lower().equals("’s")
          || adverb(t.get(i - 1)))) {
        adjective = true;
      }
      if ((w.equals("sure") || w.equals("remember")) && i + 1 < t.size() && t.get(i + 1).lower().equals("to")) {
        adjective = true;
      }
      // "should be taken", "can be mixed" advise; "is taken" only describes a habit (a weak sign).
      if (PARTICIPLES.contains(w) && i > 0 && isPresentBe(t, i - 1)) {
        if (modalBefore(t, i - 1)) {
          passive = true;
        } else {
          habit = true;
        }
      }
      // "by regular users", "by many people": what others do.
      if (w.equals("by") && i + 1 < t.size() && (AGENTS.contains(t.get(i + 1).lower())
          || i + 2 < t.size() && AGENTS.contains(t.get(i + 2).lower()))) {
        reported = true;
      }
      if (RECOMMEND_WORDS.contains(w) || RECOMMEND_WORDS.contains(k.lemma())) {
        recommend = true;
      }
      if (NEED_WORDS.contains(w) && !afterWasOrWere(t, i)) {
        recommend = true;
      }
      // "up to 15 g a day is generally considered safe": an amount endorsed as safe ("not safe" warns).
      if ((w.equals("safe") || w.equals("harmless")) && !sentence.isNegated(i)) {
        recommend = true;
      }
      // "1 gram is fine for most adults", "a couple of grams is perfectly okay": the same, said
      // of the amount (after a form of "be"), not "fine powder".
      if (ACCEPTABLE_WORDS.contains(w) && predicative(t, i) && !sentence.isNegated(i)) {
        recommend = true;
      }
      // "sources suggest keeping it under 10 g": a suggestion of an action, not a hedge.
      if (k.lemma().equals("suggest") && i + 1 < t.size()
          && (t.get(i + 1).lower().endsWith("ing") || t.get(i + 1).isNumber() || i + 2 < t.size() && t.get(i + 2).isNumber())) {
        recommend = true;
      }
      // "2-4 g per serving, taken up to four times a day": a schedule attached to an amount.
      if (PARTICIPLES.contains(w) && i > 0 && t.get(i - 1).lower().equals(",")) {
        habit = true;
      }
      if (REPORT_WORDS.contains(w) || pastPassive(t, i)) {
        reported = true;
      }
      if (HARM_WORDS.contains(w) || HARM_WORDS.contains(k.lemma())) {
        harmful = true;
      }
      if (PURPOSES.contains(w) || PURPOSES.contains(k.lemma())) {
        aim = true;
      }
      if (CLINICIAN_WORDS.contains(w)) {
        clinical = true;
      }
    }
    this.modalAdvice = modal;
    this.adviceAdjective = adjective;
    this.passiveAdvice = passive;
    this.doseNorm = containsAny(t, DOSE_NORMS);
    this.recommendWord = recommend || habit;
    this.secondPerson = you;
    this.report = reported;
    this.harm = harmful;
    this.purpose = aim;
    this.clinician = clinical;
  }

  /** Tells the reader what to do, whatever else the sentence says. */
  boolean strongAdvice() {
    return !imperatives.isEmpty() || modalAdvice || adviceAdjective || passiveAdvice;
  }

  /** Advice that survives the reporting and warning tests. */
  boolean advises() {
    if (report && imperatives.isEmpty() && !secondPersonModal()) {
      return false;
    }
    if (strongAdvice()) {
      return true;
    }
    return !harm && (doseNorm || recommendWord || secondPerson || purpose);
  }

  /** Presents an amount as the norm or as enough ("the standard starting point is ..."). */
  boolean presentsNorm() {
    return doseNorm || recommendWord;
  }

  boolean reports() {
    return report;
  }

  boolean warnsOfHarm() {
    return harm;
  }

  boolean mentionsClinician() {
    return clinician;
  }

  /** Token indices of imperative verbs. */
  List<Integer> imperatives() {
    return imperatives;
  }

  /** Whether some imperative verb is not negated ("take", not "never take" / "do not take"). */
  boolean positiveImperative() {
    return imperatives.stream().anyMatch(i -> !negatedVerb(i));
  }

  boolean secondPersonModal() {
    return secondPerson && modalAdvice;
  }

  /** Whether the verb at {@code i} is negated: "never take", "don't mix", "do not combine", "avoid taking". */
  boolean negatedVerb(int i) {
    List<Token> t = sentence.tokens();
    if (sentence.isNegated(i)) {
      return true;
    }
    // Back to the start of the verb's clause: in "if one gram is not enough, take more" the "not" is the condition's.
    for (int k = i - 1; k >= Math.max(0, i - 3) && !isBreak(t.get(k)); k--) {
      String w = t.get(k).lower();
      if (w.equals("never") || w.equals("not") || w.equals("n't") || w.equals("avoid") || w.equals("don't") || w.equals("no")
          || w.equals("without") || w.equals("stop")) {
        return true;
      }
    }
    return false;
  }

  /** Whether any word of the sentence is one of {@code words} (as written or as lemma). */
  boolean has(Set<String> words) {
    return sentence.tokens().stream().anyMatch(k -> words.contains(k.lower()) || words.contains(k.lemma()));
  }

  private static boolean isImperative(List<Token> t, int i) {
    Token k = t.get(i);
    if (!DOSING_VERBS.contains(k.lemma()) || !k.lower().equals(k.lemma())) {
      return false;
    }
    if (i + 1 < t.size() && (t.get(i + 1).lower().equals("of") || t.get(i + 1).isPunctuation() && !t.get(i + 1).lower().equals("("))) {
      return false;
    }
    int j = i - 1;
    // Skip adverbs and "do not" / "don't" before the verb: "simply take", "never mix", "do not exceed".
    while (j >= 0 && (adverb(t.get(j)) || CLAUSE_OPENERS.contains(t.get(j).lower()) && !isBreak(t.get(j))
        || t.get(j).lower().equals("not") || t.get(j).lower().equals("n't") || t.get(j).lower().equals("do")
        || t.get(j).lower().equals("don't"))) {
      j--;
    }
    if (j < 0) {
      return true;
    }
    return isBreak(t.get(j));
  }

  private static boolean adverb(Token k) {
    return k.tag().equals("ADV");
  }

  private static boolean isBreak(Token k) {
    return Set.of(",", ";", ":", "—", "–", "(", "-", "•", "*").contains(k.lower());
  }

  /** "you can take", "you should mix", "people should take", "you'll want to take". */
  private static boolean isModalAdvice(List<Token> t, int i) {
    String w = t.get(i).lower();
    boolean strongModal = w.equals("should") || w.equals("must") || w.equals("ought");
    boolean youModal = Set.of("can", "could", "may", "might", "will", "'ll", "’ll", "need", "want", "'d").contains(w)
        && i > 0 && (t.get(i - 1).lower().equals("you") || t.get(i - 1).lower().equals("you'll"));
    // "adults can take", "beginners can safely use": permission, whoever it is given to.
    youModal |= w.equals("can");
    if (!strongModal && !youModal) {
      return false;
    }
    // The verb follows the modal, past "to", "be" and adverbs only: "you can safely take", "you need to start".
    if ((w.equals("need") || w.equals("want")) && !(i + 1 < t.size() && t.get(i + 1).lower().equals("to"))) {
      return false;
    }
    int k = i + 1;
    while (k < t.size() && (t.get(k).lower().equals("to") || t.get(k).lower().equals("also") || adverb(t.get(k)))) {
      if (t.get(k).lower().equals("not") || t.get(k).lower().equals("n't") || t.get(k).lower().equals("never")) {
        return false;
      }
      k++;
    }
    return k < t.size() && DOSING_VERBS.contains(t.get(k).lemma());
  }

  private static final Set<String> AGENTS = Set.of("users", "people", "consumers", "individuals", "patients", "many",
      "some", "most", "those");

  private static boolean modalBefore(List<Token> t, int i) {
    for (int k = i; k >= Math.max(0, i - 3); k--) {
      String w = t.get(k).lower();
      if (Set.of("should", "can", "must", "could", "may", "might", "ought").contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPresentBe(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (w.equals("be") || w.equals("is") || w.equals("are")) {
      return true;
    }
    return adverb(t.get(i)) && i > 0 && isPresentBe(t, i - 1);
  }

  /** "was given", "were administered": a past event, not advice. */
  private static boolean pastPassive(List<Token> t, int i) {
    return PARTICIPLES.contains(t.get(i).lower()) && afterWasOrWere(t, i);
  }

  private static boolean afterWasOrWere(List<Token> t, int i) {
    return i > 0 && (t.get(i - 1).lower().equals("was") || t.get(i - 1).lower().equals("were"));
  }

  /** Whether the word at {@code i} follows a form of "be", perhaps with an adverb between: "is (perfectly) fine". */
  private static boolean predicative(List<Token> t, int i) {
    int j = i - 1;
    if (j >= 0 && t.get(j).tag().equals("ADV")) {
      j--;
    }
    return j >= 0 && t.get(j).lemma().equals("be");
  }

  private static boolean containsAny(List<Token> t, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      for (int i = 0; i + p.size() <= t.size(); i++) {
        boolean ok = true;
        for (int k = 0; ok && k < p.size(); k++) {
          ok = t.get(i + k).lower().equals(p.get(k)) || t.get(i + k).lemma().equals(p.get(k));
        }
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }
}
