package dev.claimcheck.read;

import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.Concept;
import dev.claimcheck.claims.Location;
import dev.claimcheck.claims.Outcome;
import dev.claimcheck.claims.OutcomeType;
import dev.claimcheck.claims.Outcomes;
import dev.claimcheck.claims.Relation;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.lexicon.CueKind;
import dev.claimcheck.lexicon.CueLexicon;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Scope;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import dev.claimcheck.vocabulary.ConceptHit;
import dev.claimcheck.vocabulary.ConceptVocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The sentence reader: turns an analysed sentence into claim frames (who does what to what, how
 * strongly, on whose word). One reader serves every check; it is immutable and thread-safe.
 *
 * <p>Reading runs in two steps, like concept matching: {@link #find} walks the vocabulary once per
 * sentence, and {@link #read} builds frames once the article's main subject is known (a pronoun or
 * "this herb" stands for it). A frame comes from a relation word ("eases", "is linked to", "a cure
 * for"); its subject is the nearest substance before it (or after it, in the passive), and its
 * outcomes are the outcome words after it up to the next relation or clause break: a list gives one
 * frame per outcome.
 */
public final class FrameReader {
  /** Words that stand for the article's main subject. */
  static final List<String> REFERENCES = List.of("it", "its", "this herb", "the herb", "this plant", "the plant",
      "this supplement", "the supplement", "these supplements", "this remedy", "the remedy", "this product",
      "the product", "these capsules", "the capsules", "this root", "the root", "this mushroom", "the mushroom",
      "this powder", "the powder", "this extract", "the extract", "this oil", "the oil", "this tea", "the tea",
      "this formula", "this vitamin", "the vitamin", "this mineral", "this compound", "this leaf", "the leaf",
      "this spice", "the spice", "this superfood", "this miracle plant", "this treatment", "the treatment");
  private static final String OUTCOME = "OUT_";
  /** Words that end the reach of a relation: what follows is another statement. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "however", "although", "though",
      "whereas", "yet", "because", "unlike", "while");
  /** Words after a relation that make it about the risk of the outcome. */
  private static final Set<String> RISK_WORDS = Set.of("risk", "chance", "likelihood", "odds", "incidence", "rate",
      "likely");
  private static final Set<String> MODALS = Set.of("can", "could", "may", "might");
  private static final Set<String> COMPARATIVES = Set.of("lower", "higher", "less", "fewer", "greater", "reduced",
      "increased", "decreased", "elevated", "better", "worse");
  private static final Set<String> HAVING = Set.of("have", "show", "be", "with", "experience", "report", "see");
  /** People: "treated 300 patients" states no relation between two things. */
  private static final Set<String> PEOPLE = Set.of("patient", "people", "person", "adult", "child", "kid", "woman",
      "man", "participant", "volunteer", "user", "customer", "doctor", "subject", "men", "women", "children");
  /** Nouns that state a relation only with their complement: "relief from", "a treatment for". */
  private static final Set<String> COMPLEMENT_WORDS = Set.of("for", "to", "against", "of", "in", "from", "on", "with");

  private final ConceptVocabulary vocabulary;
  private final Outcomes outcomes;
  private final CueLexicon cues;
  private final Map<String, RelationWords> relationByConcept = new LinkedHashMap<>();
  private final Optional<String> dependence;

  public FrameReader(ClaimDatabase db, Function<String, List<String>> termTokenizer) {
    this.outcomes = db.outcomes();
    this.cues = db.cues();
    Map<String, Concept> concepts = concepts(db);
    for (RelationWords r : RelationWords.values()) {
      relationByConcept.put(r.conceptId(), r);
    }
    this.vocabulary = new ConceptVocabulary(concepts, termTokenizer, true);
    this.dependence = outcomes.all().stream()
        .filter(o -> o.terms().contains("dependence") || o.terms().contains("addiction"))
        .map(Outcome::id).findFirst();
  }

  /** Every term and reference the reader looks for, so the build can split them into words once. */
  public static Set<String> vocabularyTerms(ClaimDatabase db) {
    Set<String> terms = new java.util.TreeSet<>();
    for (Concept c : concepts(db).values()) {
      terms.addAll(c.terms());
      terms.addAll(c.references());
    }
    return terms;
  }

  /** The reader's vocabulary as concepts: substances (with references), outcomes, relation words. */
  private static Map<String, Concept> concepts(ClaimDatabase db) {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    Location here = new Location("FrameReader", 1, 1);
    for (Substance s : db.substances()) {
      Set<String> names = new LinkedHashSet<>();
      for (String n : s.names()) {
        names.add(n);
        // "St. John's wort": the tokenizer may keep "St." whole in a sentence but not in a name.
        if (n.contains("st. ")) {
          names.add(n.replace("st. ", "st "));
          names.add(n.replace("st. ", "saint "));
        }
      }
      s.concept().map(db.concepts()::get).ifPresent(c -> names.addAll(c.terms()));
      concepts.put(s.id(), new Concept(s.id(), List.copyOf(names), REFERENCES, here));
    }
    for (Outcome o : db.outcomes().all()) {
      concepts.put(OUTCOME + o.id(), new Concept(OUTCOME + o.id(), o.terms(), List.of(), here));
    }
    for (RelationWords r : RelationWords.values()) {
      concepts.put(r.conceptId(), new Concept(r.conceptId(), r.terms, List.of(), here));
    }
    return concepts;
  }

  /** What a sentence names, before the main subject is known. */
  public ConceptVocabulary.Found find(AnalyzedSentence sentence) {
    return vocabulary.find(sentence);
  }

  /** The substances a sentence names by name (not by pronoun), for choosing the main subject. */
  public List<String> substancesNamed(ConceptVocabulary.Found found) {
    return vocabulary.hits(found, Optional.empty()).stream()
        .filter(h -> vocabulary.isSubstance(h.concept()))
        .map(ConceptHit::concept).toList();
  }

  /** The substance an article names most often (ties: the first named). */
  public Optional<String> mainSubject(List<ConceptVocabulary.Found> sentences) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ConceptVocabulary.Found f : sentences) {
      substancesNamed(f).forEach(s -> counts.merge(s, 1, Integer::sum));
    }
    return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey);
  }

  /** Reads one sentence on its own (database examples, tests). */
  public SentenceReading read(AnalyzedSentence sentence, Optional<String> mainSubject) {
    return read(find(sentence), mainSubject);
  }

  public SentenceReading read(ConceptVocabulary.Found found, Optional<String> mainSubject) {
    AnalyzedSentence s = found.sentence();
    List<ConceptHit> hits = vocabulary.hits(found, mainSubject);
    List<ConceptHit> outcomeWords = hits.stream().filter(h -> h.concept().startsWith(OUTCOME)).toList();
    // "If you've dealt with anxiety, you know the effect it has on you": a pronoun after an outcome,
    // with no substance named before it, stands for that outcome, not for the article's subject.
    List<ConceptHit> subjects = hits.stream().filter(h -> vocabulary.isSubstance(h.concept()))
        .filter(h -> !h.viaReference() || h.start() == 0 || outcomeWords.stream().noneMatch(o -> o.end() <= h.start())
            || hits.stream().anyMatch(n -> vocabulary.isSubstance(n.concept()) && !n.viaReference() && n.end() <= h.start()))
        .map(h -> h.viaReference() ? nearestNamed(hits, h) : h)
        .toList();
    List<ConceptHit> relationHits = hits.stream().filter(h -> relationByConcept.containsKey(h.concept())).toList();
    List<ConceptHit> outcomeHits = longest(hits.stream().filter(h -> h.concept().startsWith(OUTCOME)).toList());
    // "calms anxiety": "calm" names relaxation too, but with an outcome after it, it is the verb.
    List<ConceptHit> objects = outcomeHits.stream()
        .filter(o -> !(o.end() - o.start() == 1 && overlapsAny(o, relationHits)
            && outcomeHits.stream().anyMatch(n -> n.start() >= o.end() && n.start() <= o.end() + 4)))
        .toList();
    List<ConceptHit> said = new ArrayList<>(relationHits.stream()
        .filter(h -> !overlapsAny(h, objects) && !overlapsNamed(h, subjects) && standsAsRelation(s.tokens(), h, objects, subjects))
        .toList());
    said.addAll(implicitRelations(s, subjects, objects, said));
    List<ConceptHit> words = longest(said);
    Context c = new Context(s, subjects, objects, cues.find(TextAnalyzer.view(s.tokens()),
        CueKind.BOOSTER, CueKind.EVIDENTIAL, CueKind.ATTRIBUTION, CueKind.REPORT, CueKind.DENIAL), mainSubject);
    List<ClaimFrame> frames = new ArrayList<>();
    List<List<ConceptHit>> chains = chains(s.tokens(), words, objects).stream()
        .filter(chain -> !onlyModifiers(s.tokens(), chain) && !topicOnly(s, chain.get(0))).toList();
    Set<ConceptHit> used = new LinkedHashSet<>();
    for (int i = 0; i < chains.size(); i++) {
      List<ConceptHit> chain = chains.get(i);
      int from = chain.get(0).start();
      int to = chain.get(chain.size() - 1).end();
      int limit = Math.min(i + 1 < chains.size() ? chains.get(i + 1).get(0).start() : s.tokens().size(),
          clauseBreak(s.tokens(), to));
      frames.addAll(framesOf(c, chain, from, to, limit, used));
    }
    frames.addAll(safetyOfDeniedHarms(c, used));
    frames.addAll(verbOutcomes(c, words, used));
    frames.addAll(agents(c, mainSubject));
    if (frames.stream().noneMatch(f -> f.subject().isPresent())) {
      frames.addAll(experiences(c, mainSubject));
    }
    if (frames.isEmpty()) {
      frames.addAll(generalEfficacy(c));
    }
    return new SentenceReading(s, frames, mentions(c, frames));
  }

  /**
   * "Colloidal silver is sold with claims that it is harmless": a pronoun after a substance named
   * in the same sentence stands for that substance, not for the article's subject.
   */
  private ConceptHit nearestNamed(List<ConceptHit> hits, ConceptHit reference) {
    return hits.stream().filter(n -> vocabulary.isSubstance(n.concept()) && !n.viaReference() && n.end() <= reference.start())
        .reduce((a, b) -> b)
        .map(n -> new ConceptHit(n.concept(), reference.text(), reference.start(), reference.end(), reference.negated(),
            reference.hedged(), true))
        .orElse(reference);
  }

  /** What one sentence offers the frame builder. */
  private record Context(AnalyzedSentence sentence, List<ConceptHit> subjects, List<ConceptHit> objects,
      List<CueLexicon.Hit> cues, Optional<String> mainSubject) {}

  /** Nouns that name a product: "this miracle root", "these amazing capsules" stand for the article's subject. */
  private static final Set<String> PRODUCT_NOUNS = Set.of("root", "herb", "plant", "supplement", "remedy", "powder",
      "extract", "oil", "tea", "capsule", "pill", "tablet", "mushroom", "spice", "leaf", "formula", "product", "tonic",
      "superfood", "berry", "seed", "drink", "elixir", "blend", "gummy", "tincture", "dosage", "dose", "regimen", "stuff");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "our", "such");

  /** "Promotes Healthy Joint Fluid", "2. Detoxifies the Body": a verb in "-s" opens the line. */
  private static boolean opensWithVerb(List<Token> tokens, int at) {
    for (int k = 0; k < at; k++) {
      Token t = tokens.get(k);
      if (!(t.isPunctuation() || t.isNumber())) {
        return false;
      }
    }
    return Character.isUpperCase(tokens.get(at).text().charAt(0)) && thirdPersonForm(tokens, at);
  }

  /**
   * "Promotes", "Strengthens": a third-person verb. In a Title Case heading the tagger often takes
   * it for a proper noun and leaves its lemma alone; it is then told from a plural noun ("Benefits
   * of ...") by what follows: a verb takes its object, a noun naming a topic takes a preposition.
   */
  private static boolean thirdPersonForm(List<Token> tokens, int at) {
    Token t = tokens.get(at);
    if (!t.lower().endsWith("s") || t.lower().endsWith("ss")) {
      return false;
    }
    if (!t.lower().equals(t.lemma())) {
      return true;
    }
    return at + 1 < tokens.size() && !tokens.get(at + 1).tag().equals("ADP") && !tokens.get(at + 1).isPunctuation()
        && !tokens.get(at + 1).lower().equals("and");
  }

  /** The active parts of a product: "antioxidants combat cancer" in an article selling green tea extract. */
  private static final Set<String> COMPONENTS = Set.of("antioxidants", "polyphenols", "flavonoids", "catechins",
      "phytochemicals", "phytonutrients", "alkaloids", "compounds", "ingredients");

  /** A subject that is the article's product by its active parts: "antioxidants", "its active compounds". */
  private static boolean componentReference(String phrase) {
    String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return words.length <= 3 && COMPONENTS.contains(words[words.length - 1]);
  }

  private static boolean productReference(String phrase) {
    String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    if (words.length < 2 || !DEMONSTRATIVES.contains(words[0])) {
      return false;
    }
    String head = words[words.length - 1];
    return PRODUCT_NOUNS.contains(head) || head.endsWith("s") && PRODUCT_NOUNS.contains(head.substring(0, head.length() - 1));
  }

  private List<ClaimFrame> framesOf(Context c, List<ConceptHit> chain, int from, int to, int limit, Set<ConceptHit> used) {
    List<Token> tokens = c.sentence().tokens();
    List<RelationWords> classes = chain.stream().map(h -> relationByConcept.get(h.concept())).toList();
    boolean correlational = classes.contains(RelationWords.ASSOCIATE) || comparative(tokens, chain.get(0));
    List<RelationWords> causal = classes.stream().filter(r -> r != RelationWords.ASSOCIATE).toList();
    boolean risk = chain.stream().anyMatch(h -> RISK_WORDS.stream().anyMatch(w -> h.text().toLowerCase().contains(w)))
        || riskWordBetween(tokens, to, limit);
    Optional<RelationWords> direction = direction(causal, chain);
    Optional<ConceptHit> subject = subject(c, from, to, limit);
    String subjectText = subject.map(ConceptHit::text).orElseGet(() -> nounPhraseBefore(tokens, from));
    Optional<String> subjectId = subject.map(ConceptHit::concept)
        .or(() -> productReference(subjectText) || opensWithVerb(tokens, from) || componentReference(subjectText)
            ? c.mainSubject() : Optional.empty());
    Attribution attribution = attribution(c, from);
    boolean negated = attribution != Attribution.DENIED && chain.stream().anyMatch(ConceptHit::negated)
        || attribution == Attribution.DENIED && negationAfterDenial(c, from);
    Strength strength;
    strength = strength(c.sentence(), chain, correlational, negated || attribution == Attribution.DENIED);
    List<String> boosters = c.cues().stream()
        .filter(h -> h.cue().kind() == CueKind.BOOSTER || h.cue().kind() == CueKind.EVIDENTIAL)
        .map(h -> words(tokens, h.start(), h.end())).distinct().toList();
    String cue = words(tokens, from, to);
    List<ClaimFrame> frames = new ArrayList<>();
    RelationWords kind = direction.orElse(RelationWords.ASSOCIATE);
    // A regulator's approval or an interaction decides the relation, whatever verb follows:
    // "approved to treat", "should not be taken with".
    if (classes.contains(RelationWords.APPROVE)) {
      kind = RelationWords.APPROVE;
    } else if (classes.contains(RelationWords.INTERACT)) {
      kind = RelationWords.INTERACT;
      // A warning not to combine states the interaction: "should not be taken with", "never mix".
      negated = negated && !warning(tokens);
      strength = negated ? Strength.NONE : strength == Strength.NONE && attribution != Attribution.DENIED ? Strength.DIRECT : strength;
    }
    Polarity polarity = negated ? Polarity.NEGATED : Polarity.AFFIRMED;
    List<ConceptHit> after = c.objects().stream().filter(o -> o.start() >= to && o.start() < limit && !used.contains(o)).toList();
    if (kind == RelationWords.SAFE || kind == RelationWords.APPROVE || kind == RelationWords.ADDICTIVE || kind == RelationWords.HARMFUL) {
      Relation relation = switch (kind) {
        case SAFE -> Relation.SAFE;
        case APPROVE -> Relation.APPROVED;
        default -> Relation.CAUSES;
      };
      Optional<ConceptHit> named = after.stream()
          .filter(o -> outcomes.type(o.concept().substring(OUTCOME.length())) != OutcomeType.MEDICATION).findFirst();
      named.ifPresent(used::add);
      Optional<String> implied = kind == RelationWords.ADDICTIVE ? dependence
          : kind == RelationWords.HARMFUL ? harmOf(cue) : Optional.empty();
      Optional<String> outcome = named.map(o -> o.concept().substring(OUTCOME.length())).or(() -> implied);
      String outcomeText = named.map(ConceptHit::text).orElseGet(() -> outcome.map(outcomes::label).orElse(""));
      int start = subject.map(h -> Math.min(h.start(), from)).orElse(from);
      boolean stative = kind == RelationWords.SAFE || kind == RelationWords.APPROVE;
      frames.add(new ClaimFrame(subjectId, subjectText, relation, outcome, outcomeText, polarity, attribution,
          stative ? Strength.NONE : strength, boosters, cue, from, start, named.map(ConceptHit::end).orElse(to)));
      return frames;
    }
    List<ConceptHit> targets = after.isEmpty() ? before(c, from, subject) : after;
    for (ConceptHit target : targets) {
      String id = target.concept().substring(OUTCOME.length());
      if (target.negated() && !negated && outcomes.type(id) == OutcomeType.HARM) {
        continue; // "eases pain without side effects": the side effects are for the safety frame
      }
      Optional<Relation> relation = relation(kind, id, risk);
      if (relation.isEmpty()) {
        continue;
      }
      used.add(target);
      int start = Math.min(subject.map(ConceptHit::start).orElse(from), Math.min(from, target.start()));
      int end = Math.max(to, target.end());
      frames.add(new ClaimFrame(subjectId, subjectText, relation.get(), Optional.of(id), target.text(), polarity,
          attribution, strength, boosters, cue, from, start, end));
    }
    if (targets.isEmpty()) {
      String object = nounPhraseAfter(tokens, to, limit);
      if (!object.isEmpty() && (subjectId.isPresent() || !subjectText.isEmpty())) {
        frames.add(new ClaimFrame(subjectId, subjectText, genericRelation(kind), Optional.empty(), object, polarity,
            attribution, strength, boosters, cue, from, subject.map(h -> Math.min(h.start(), from)).orElse(from), limit));
      }
    }
    return frames;
  }

  /**
   * "Free of side effects", "no risk of liver damage": a harm denied for the subject, with no
   * relation word of its own, claims the subject is safe.
   */
  private List<ClaimFrame> safetyOfDeniedHarms(Context c, Set<ConceptHit> used) {
    List<ClaimFrame> frames = new ArrayList<>();
    for (ConceptHit o : c.objects()) {
      String id = o.concept().substring(OUTCOME.length());
      if (used.contains(o) || !o.negated() || outcomes.type(id) != OutcomeType.HARM) {
        continue;
      }
      Optional<ConceptHit> subject = c.subjects().stream().filter(h -> h.start() < o.start()).reduce((a, b) -> b);
      if (subject.isEmpty()) {
        continue;
      }
      Attribution attribution = attribution(c, o.start());
      frames.add(new ClaimFrame(Optional.of(subject.get().concept()), subject.get().text(), Relation.SAFE, Optional.of(id),
          o.text(), Polarity.AFFIRMED, attribution, Strength.NONE, List.of(), o.text(), o.start(), subject.get().start(), o.end()));
    }
    return frames;
  }

  /** "Toxic", "poisonous": poisoning; "harmful", "dangerous": side effects. */
  private Optional<String> harmOf(String cue) {
    String c = cue.toLowerCase(java.util.Locale.ROOT);
    String id = c.contains("toxic") || c.contains("poison") ? "POISONING" : c.contains("deadly") || c.contains("lethal") ? "DEATH" : "SIDE_EFFECT";
    return outcomes.contains(id) ? Optional.of(id) : Optional.empty();
  }

  /** Words that make a sentence a warning: "should not", "never", "avoid", "dangerous". */
  private static final Set<String> WARNINGS = Set.of("should", "must", "never", "avoid", "dangerous", "risky", "careful",
      "caution", "cautious", "consult", "warn", "warning", "do", "don't");

  private static boolean warning(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> WARNINGS.contains(t.lower()) || WARNINGS.contains(t.lemma()));
  }

  /** Verbs of using a substance: "take turmeric for arthritis", "use peppermint oil for headaches". */
  private static final Set<String> USE_VERBS = Set.of("take", "use", "try", "drink", "eat", "give", "recommend",
      "apply", "consume", "swallow", "mix", "combine", "pair");

  /**
   * Relations no relation word states: "take turmeric for arthritis" and "Turmeric for joint pain"
   * (a use for an outcome), and "never mix kratom with benzodiazepines" (an interaction warned of).
   */
  private List<ConceptHit> implicitRelations(AnalyzedSentence s, List<ConceptHit> subjects, List<ConceptHit> objects,
      List<ConceptHit> words) {
    List<Token> tokens = s.tokens();
    List<ConceptHit> implicit = new ArrayList<>();
    for (int i = 1; i < tokens.size() - 1; i++) {
      String w = tokens.get(i).lower();
      final int at = i;
      if (words.stream().anyMatch(h -> h.start() <= at && at < h.end())) {
        continue;
      }
      Optional<ConceptHit> object = objects.stream().filter(o -> o.start() > at && o.start() <= at + 4).findFirst();
      Optional<ConceptHit> substance = subjects.stream().filter(h -> !h.viaReference() && h.end() <= at && h.end() >= at - 4)
          .reduce((a, b) -> b);
      if (object.isEmpty() || substance.isEmpty() || !nothingBetween(tokens, at + 1, object.get().start())) {
        continue;
      }
      boolean medication = outcomes.type(object.get().concept().substring(OUTCOME.length())) == OutcomeType.MEDICATION;
      boolean used = usedBefore(tokens, substance.get().start());
      if (w.equals("for") && !medication && used) {
        implicit.add(new ConceptHit(RelationWords.IMPROVE.conceptId(), "for", i, i + 1, s.isNegated(i), s.isHedged(i), false));
      } else if ((w.equals("with") || w.equals("alongside") || w.equals("and")) && medication && warning(tokens)) {
        implicit.add(new ConceptHit(RelationWords.INTERACT.conceptId(), w, i, i + 1, false, s.isHedged(i), false));
      }
    }
    return implicit;
  }

  /** Only determiners, possessives and adjectives stand between: "for your aching joints". */
  private static boolean nothingBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      String tag = tokens.get(k).tag();
      if (!tag.equals("DET") && !tag.equals("PRON") && !tag.equals("ADJ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A finite verb of using the substance just before it: "take turmeric", "many people use it".
   * A gerund or a condition ("when using kratom for...", "considering kratom for...") names a use
   * without claiming that it works.
   */
  private static boolean usedBefore(List<Token> tokens, int substanceStart) {
    for (int k = substanceStart - 1; k >= 0 && k >= substanceStart - 4; k--) {
      Token t = tokens.get(k);
      if (USE_VERBS.contains(t.lemma()) || USE_VERBS.contains(t.lower())) {
        boolean gerund = t.lower().endsWith("ing");
        boolean conditional = tokens.subList(0, k).stream().anyMatch(x -> CONDITIONS.contains(x.lower()));
        return !gerund && !conditional;
      }
    }
    return false;
  }

  private static final Set<String> CONDITIONS = Set.of("when", "before", "if", "whether", "while", "after");

  /**
   * An outcome word used as the verb: "activated charcoal detoxes your body", "it cleanses the
   * colon": the subject is said to bring the outcome about.
   */
  private List<ClaimFrame> verbOutcomes(Context c, List<ConceptHit> words, Set<ConceptHit> used) {
    List<ClaimFrame> frames = new ArrayList<>();
    List<Token> tokens = c.sentence().tokens();
    for (ConceptHit o : c.objects()) {
      Token first = tokens.get(o.start());
      boolean verb = first.tag().equals("VERB") || opensWithVerb(tokens, o.start());
      if (used.contains(o) || !verb || first.lower().endsWith("ing")
          || words.stream().anyMatch(w -> w.end() <= o.start() && w.end() >= o.start() - 3)) {
        continue;
      }
      Optional<ConceptHit> subject = c.subjects().stream().filter(h -> h.end() <= o.start()).reduce((a, b) -> b);
      String id = o.concept().substring(OUTCOME.length());
      Optional<Relation> relation = relation(RelationWords.IMPROVE, id, false);
      if (subject.isEmpty() && opensWithVerb(tokens, o.start()) && c.mainSubject().isPresent()) {
        subject = Optional.of(new ConceptHit(c.mainSubject().get(), "", o.start(), o.start(), false, false, true));
      }
      if (subject.isEmpty() || relation.isEmpty()) {
        continue;
      }
      Attribution attribution = attribution(c, o.start());
      boolean negated = o.negated();
      Strength strength = strength(c.sentence(), List.of(o), false, negated || attribution == Attribution.DENIED);
      frames.add(new ClaimFrame(Optional.of(subject.get().concept()), subject.get().text(), relation.get(), Optional.of(id),
          o.text(), negated ? Polarity.NEGATED : Polarity.AFFIRMED, attribution, strength, List.of(), o.text(), o.start(),
          subject.get().start(), o.end()));
    }
    return frames;
  }

  /**
   * What a substance is said to act as, and the outcome that implies: "garlic is a natural
   * antibiotic", "it has anti-inflammatory properties", "maca is an aphrodisiac".
   */
  private static final Map<String, String> AGENTS = Map.ofEntries(
      Map.entry("antibiotic", "BACTERIAL_INFECTION"), Map.entry("antibacterial", "BACTERIAL_INFECTION"),
      Map.entry("antimicrobial", "INFECTION"), Map.entry("antiseptic", "INFECTION"),
      Map.entry("antiviral", "VIRAL_INFECTION"), Map.entry("antifungal", "FUNGAL_INFECTION"),
      Map.entry("anti-inflammatory", "INFLAMMATION"), Map.entry("antioxidant", "OXIDATIVE_STRESS"),
      Map.entry("antidepressant", "DEPRESSION"), Map.entry("painkiller", "PAIN"), Map.entry("analgesic", "PAIN"),
      Map.entry("anticancer", "CANCER"), Map.entry("anti-cancer", "CANCER"), Map.entry("anti-tumor", "CANCER"),
      Map.entry("sedative", "INSOMNIA"), Map.entry("laxative", "CONSTIPATION"), Map.entry("diuretic", "WATER_RETENTION"),
      Map.entry("adaptogen", "STRESS"), Map.entry("antihistamine", "ALLERGY"), Map.entry("decongestant", "NASAL_CONGESTION"),
      Map.entry("expectorant", "COUGH"), Map.entry("aphrodisiac", "LIBIDO"), Map.entry("antispasmodic", "MUSCLE_CRAMP"),
      Map.entry("nootropic", "COGNITION"), Map.entry("detoxifier", "DETOXIFICATION"), Map.entry("anxiolytic", "ANXIETY"));
  /** Words that say what a subject is or has before an agent word. */
  private static final Set<String> BEING = Set.of("be", "have", "as", "offer", "provide", "contain", "possess", "exhibit",
      "show", "act", "work", "serve");

  private List<ClaimFrame> agents(Context c, Optional<String> mainSubject) {
    List<ClaimFrame> frames = new ArrayList<>();
    List<Token> tokens = c.sentence().tokens();
    for (int i = 1; i < tokens.size(); i++) {
      String agent = AGENTS.get(tokens.get(i).lower());
      if (agent == null || !outcomes.contains(agent)) {
        continue;
      }
      int k = i - 1;
      while (k >= 0 && (tokens.get(k).tag().equals("ADJ") || tokens.get(k).tag().equals("DET")
          || tokens.get(k).tag().equals("ADV") || tokens.get(k).tag().equals("CCONJ") || AGENTS.containsKey(tokens.get(k).lower())
          || tokens.get(k).text().equals(","))) {
        k--;
      }
      if (k < 0 || !BEING.contains(tokens.get(k).lemma())) {
        continue;
      }
      final int at = k;
      Optional<ConceptHit> subject = c.subjects().stream().filter(h -> h.end() <= at).reduce((a, b) -> b);
      Optional<String> id = subject.map(ConceptHit::concept).or(() -> subjectless(tokens, at) ? mainSubject : Optional.empty());
      if (id.isEmpty()) {
        continue;
      }
      Relation relation = outcomes.moreIsBad(agent) ? Relation.TREATS : Relation.IMPROVES;
      Attribution attribution = attribution(c, i);
      boolean negated = c.sentence().isNegated(i);
      Strength strength = strength(c.sentence(), List.of(new ConceptHit("", "", i, i + 1, negated, false, false)), false,
          negated || attribution == Attribution.DENIED);
      frames.add(new ClaimFrame(id, subject.map(ConceptHit::text).orElse("it"), relation, Optional.of(agent),
          tokens.get(i).text(), negated ? Polarity.NEGATED : Polarity.AFFIRMED, attribution, strength, List.of(),
          tokens.get(i).text(), i, subject.map(ConceptHit::start).orElse(0), i + 1));
    }
    return frames;
  }

  /** "This is a strong antibiotic", "It has antioxidant effects": a pronoun subject for the article's substance. */
  private static boolean subjectless(List<Token> tokens, int verb) {
    for (int k = 0; k < verb; k++) {
      String w = tokens.get(k).lower();
      if (w.equals("it") || w.equals("this") || w.equals("they")) {
        return true;
      }
    }
    return false;
  }

  /** First-person words: a testimony speaks of the writer's own body. */
  private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me", "we", "our", "i've", "i'm");
  private static final Set<String> BETTER = Set.of("more", "better", "stronger", "faster", "clearer", "improved",
      "improve", "grow", "grew", "growing", "thicker", "healthier", "energized", "boosted", "increased", "sharper");
  private static final Set<String> LESS = Set.of("less", "fewer", "reduced", "reduce", "disappeared", "gone", "stopped",
      "decreased", "eased", "vanished", "lessened", "cleared", "calmer", "barely");

  /**
   * A testimony of change in an article about a substance: "my anxiety reduced", "my nails are
   * growing like weeds", "I felt more energized". It reports, as the writer's own experience, that
   * the substance did it: a reported claim, never the author's statement of fact.
   */
  private List<ClaimFrame> experiences(Context c, Optional<String> mainSubject) {
    List<Token> tokens = c.sentence().tokens();
    if (mainSubject.isEmpty() || tokens.stream().noneMatch(t -> FIRST_PERSON.contains(t.lower()))) {
      return List.of();
    }
    boolean better = tokens.stream().anyMatch(t -> BETTER.contains(t.lower()));
    boolean less = tokens.stream().anyMatch(t -> LESS.contains(t.lower()));
    if (better == less) {
      return List.of();
    }
    List<ClaimFrame> frames = new ArrayList<>();
    for (ConceptHit o : c.objects()) {
      String id = o.concept().substring(OUTCOME.length());
      if (outcomes.type(id) == OutcomeType.MEDICATION || c.sentence().isNegated(o.start())) {
        continue;
      }
      relation(better ? RelationWords.IMPROVE : RelationWords.DECREASE, id, false).ifPresent(r -> frames.add(
          new ClaimFrame(mainSubject, "", r, Optional.of(id), o.text(), Polarity.AFFIRMED, Attribution.REPORTED,
              Strength.NONE, List.of(), o.text(), o.start(), o.start(), o.end())));
    }
    return frames;
  }

  /** What may follow "works" when it claims efficacy in general: "works wonders", "works fast". */
  private static final Set<String> EFFICACY_TAIL = Set.of("wonders", "miracles", "great", "well", "fast", "quickly");
  /** "The power of this herb": its efficacy as a noun, after evidence said to show it. */
  private static final Set<String> EFFICACY_NOUNS = Set.of("power", "effectiveness", "efficacy", "benefits");
  private static final Set<String> SHOWING = Set.of("prove", "proven", "demonstrate", "show", "confirm", "reveal");

  /**
   * Efficacy claimed with no outcome named: "this stuff works!", "it really works", "studies have
   * demonstrated the power of this herb". The frame has no outcome, so only the overstatement rules
   * that need none judge it (an unhedged promise, invoked evidence).
   */
  private List<ClaimFrame> generalEfficacy(Context c) {
    List<Token> tokens = c.sentence().tokens();
    List<ClaimFrame> frames = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      final int at = i;
      Optional<ConceptHit> subject;
      if (t.lemma().equals("work") && t.tag().equals("VERB") && !c.sentence().isNegated(i) && !conditional(tokens, i)
          && (i + 1 == tokens.size() || tokens.get(i + 1).isPunctuation() && !tokens.get(i + 1).lower().equals("-")
              || EFFICACY_TAIL.contains(tokens.get(i + 1).lower()))) {
        subject = c.subjects().stream().filter(h -> h.end() <= at && h.end() >= at - 2).reduce((a, b) -> b)
            .or(() -> productReference(nounPhraseBefore(tokens, at)) ? c.mainSubject().map(m -> mainHit(m, at)) : Optional.empty());
      } else if (EFFICACY_NOUNS.contains(t.lower()) && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("of")
          && tokens.subList(0, i).stream().anyMatch(k -> SHOWING.contains(k.lemma()) || SHOWING.contains(k.lower()))) {
        subject = c.subjects().stream().filter(h -> h.start() > at && h.start() <= at + 2).findFirst()
            .or(() -> productReference(wordsUpToPunctuation(tokens, at + 2, 4)) ? c.mainSubject().map(m -> mainHit(m, at))
                : Optional.empty());
      } else {
        continue;
      }
      if (subject.isEmpty()) {
        continue;
      }
      List<String> boosters = c.cues().stream()
          .filter(h -> h.cue().kind() == CueKind.BOOSTER || h.cue().kind() == CueKind.EVIDENTIAL)
          .map(h -> words(tokens, h.start(), h.end())).distinct().toList();
      Attribution attribution = attribution(c, i);
      Strength strength = strength(c.sentence(), List.of(new ConceptHit("", t.text(), i, i + 1, false, false, false)), false,
          attribution == Attribution.DENIED);
      frames.add(new ClaimFrame(Optional.of(subject.get().concept()), subject.get().text(), Relation.IMPROVES, Optional.empty(),
          "", Polarity.AFFIRMED, attribution, strength, boosters, t.text(), i, Math.min(i, subject.get().start()),
          Math.max(i + 1, subject.get().end())));
      break;
    }
    return frames;
  }

  /** Up to {@code max} words from {@code from}, stopping at punctuation: "this lesser-known herb". */
  private static String wordsUpToPunctuation(List<Token> tokens, int from, int max) {
    List<String> words = new ArrayList<>();
    for (int k = from; k < tokens.size() && words.size() < max && !tokens.get(k).isPunctuation(); k++) {
      words.add(tokens.get(k).text());
    }
    return String.join(" ", words);
  }

  /** "Whether it works", "if it works": a question or a condition, not a claim. */
  private static boolean conditional(List<Token> tokens, int at) {
    return tokens.subList(Math.max(0, at - 6), at).stream().anyMatch(t -> t.lower().equals("whether") || t.lower().equals("if"));
  }

  private static ConceptHit mainHit(String mainSubject, int at) {
    return new ConceptHit(mainSubject, "", at, at, false, false, true);
  }

  private static final Set<String> TOPICAL = Set.of("consider", "considering", "use", "using", "incorporate",
      "integrate", "explore", "understand", "understanding", "role", "potential", "interest", "attention", "research",
      "study", "dosage", "dose");

  /** Outcomes named beside a substance that no frame of the sentence is about. */
  private List<SentenceReading.Mention> mentions(Context c, List<ClaimFrame> frames) {
    List<SentenceReading.Mention> mentions = new ArrayList<>();
    Optional<ConceptHit> subject = c.subjects().stream().findFirst();
    List<Token> tokens = c.sentence().tokens();
    // A heading or a sentence about weighing a use ("when considering kratom for withdrawal", "the
    // role of kratom") names a topic, not a claim.
    boolean topical = c.sentence().isTitleLike() || tokens.stream().anyMatch(t -> TOPICAL.contains(t.lemma()));
    if (subject.isEmpty() || topical) {
      return mentions;
    }
    Set<String> framed = new java.util.HashSet<>();
    frames.forEach(f -> f.outcome().ifPresent(framed::add));
    for (ConceptHit o : c.objects()) {
      String id = o.concept().substring(OUTCOME.length());
      if (framed.contains(id)) {
        continue;
      }
      if (outcomes.type(id) != OutcomeType.MEDICATION && !o.negated() && !tokens.get(o.start()).isVerb()) {
        mentions.add(new SentenceReading.Mention(subject.get().concept(), subject.get().text(), id, o.text()));
      }
    }
    return mentions;
  }

  /** Relation words close together read as one: "helps reduce", "lowers the risk of", "is linked to a lower". */
  private static List<List<ConceptHit>> chains(List<Token> tokens, List<ConceptHit> words, List<ConceptHit> objects) {
    List<List<ConceptHit>> chains = new ArrayList<>();
    for (ConceptHit w : words) {
      List<ConceptHit> last = chains.isEmpty() ? null : chains.get(chains.size() - 1);
      if (last != null) {
        int prevEnd = last.get(last.size() - 1).end();
        boolean close = w.start() - prevEnd <= 3 && w.start() >= prevEnd
            && objects.stream().noneMatch(o -> o.start() >= prevEnd && o.start() < w.start())
            && clauseBreak(tokens, prevEnd) >= w.start() && noComma(tokens, prevEnd, w.start())
            && tokens.subList(prevEnd, w.start()).stream().noneMatch(Token::isNoun);
        if (close) {
          last.add(w);
          continue;
        }
      }
      chains.add(new ArrayList<>(List.of(w)));
    }
    return chains;
  }

  private static boolean noComma(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).text().equals(",") || tokens.get(k).lower().equals("and") || tokens.get(k).lower().equals("or")) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the chain says happens: its last causal word, except that a risk after a decrease is
   * prevented ("lowers the risk of") and after an increase caused.
   */
  private static Optional<RelationWords> direction(List<RelationWords> causal, List<ConceptHit> chain) {
    if (causal.isEmpty()) {
      // "less likely to catch colds", "more likely to develop diabetes": the association's direction.
      String words = chain.stream().map(h -> h.text().toLowerCase(java.util.Locale.ROOT)).reduce("", (a, b) -> a + " " + b);
      if (words.contains("less ") || words.contains("fewer ") || words.contains("lower ")) {
        return Optional.of(RelationWords.DECREASE);
      }
      return words.contains("more ") ? Optional.of(RelationWords.INCREASE) : Optional.empty();
    }
    RelationWords last = causal.get(causal.size() - 1);
    boolean lastIsRisk = chain.get(chain.size() - 1).text().toLowerCase().contains("risk");
    if (last == RelationWords.CAUSE && lastIsRisk && causal.size() > 1) {
      RelationWords prev = causal.get(causal.size() - 2);
      return Optional.of(prev == RelationWords.DECREASE || prev == RelationWords.PREVENT ? RelationWords.PREVENT : RelationWords.CAUSE);
    }
    return Optional.of(last);
  }

  /** The relation a direction states about an outcome of a given kind; empty where it says nothing. */
  Optional<Relation> relation(RelationWords kind, String outcome, boolean risk) {
    OutcomeType type = outcomes.type(outcome);
    if (type == OutcomeType.MEDICATION) {
      return kind == RelationWords.INTERACT ? Optional.of(Relation.INTERACTS) : Optional.empty();
    }
    boolean bad = outcomes.moreIsBad(outcome);
    return Optional.ofNullable(switch (kind) {
      case DECREASE -> risk ? Relation.PREVENTS : bad ? Relation.TREATS : Relation.CAUSES;
      case NORMALIZE -> type.isBad() ? Relation.TREATS : Relation.IMPROVES;
      case CURE -> bad ? Relation.CURES : null;
      case PREVENT -> Relation.PREVENTS;
      case IMPROVE -> bad ? Relation.TREATS : Relation.IMPROVES;
      case INCREASE -> risk || bad ? Relation.CAUSES : Relation.IMPROVES;
      case CAUSE -> Relation.CAUSES;
      case INTERACT -> null;
      case ASSOCIATE -> bad ? Relation.CAUSES : Relation.IMPROVES;
      case SAFE, APPROVE, ADDICTIVE, HARMFUL -> null;
    });
  }

  private static Relation genericRelation(RelationWords kind) {
    return switch (kind) {
      case DECREASE -> Relation.TREATS;
      case NORMALIZE -> Relation.IMPROVES;
      case CURE -> Relation.CURES;
      case PREVENT -> Relation.PREVENTS;
      case IMPROVE -> Relation.IMPROVES;
      case INTERACT -> Relation.INTERACTS;
      case SAFE -> Relation.SAFE;
      case APPROVE -> Relation.APPROVED;
      case INCREASE, CAUSE, ASSOCIATE, ADDICTIVE, HARMFUL -> Relation.CAUSES;
    };
  }

  /** The subject: the nearest substance before the relation in its clause, else one after it (passive). */
  private static Optional<ConceptHit> subject(Context c, int from, int to, int limit) {
    List<Token> tokens = c.sentence().tokens();
    Optional<ConceptHit> before = Optional.empty();
    for (ConceptHit h : c.subjects()) {
      boolean elided = h.viaReference() && h.start() == from;
      if ((h.end() <= from || elided) && clauseBreak(tokens, h.end()) >= from) {
        before = Optional.of(h);
      }
    }
    if (before.isPresent()) {
      return before;
    }
    // "Rhodiola rosea: improved brain function to fight depression": the name that opens a heading.
    Optional<ConceptHit> opening = c.subjects().stream().filter(h -> h.start() == 0 && h.end() < from
        && h.end() < tokens.size() && tokens.get(h.end()).text().equals(":")).findFirst();
    if (opening.isPresent()) {
      return opening;
    }
    return c.subjects().stream().filter(h -> h.start() >= to && h.start() < limit).findFirst();
  }

  /** Outcomes named before the relation, in its clause: "for joint pain, turmeric works wonders". */
  private static List<ConceptHit> before(Context c, int from, Optional<ConceptHit> subject) {
    List<Token> tokens = c.sentence().tokens();
    return c.objects().stream()
        .filter(o -> o.end() <= from && clauseBreak(tokens, o.end()) >= from)
        .filter(o -> subject.isEmpty() || o.end() <= subject.get().start() || o.start() >= subject.get().end())
        .reduce((a, b) -> b).stream().toList();
  }

  /** Words after which a clause speaks in the author's own voice again: "it is considered X, meaning it improves Y". */
  private static final Set<String> OWN_VOICE = Set.of("because", "meaning", "which", "so", "but", "while", "however",
      "although", ";");

  private Attribution attribution(Context c, int from) {
    boolean denied = false;
    boolean reported = false;
    List<Token> tokens = c.sentence().tokens();
    for (CueLexicon.Hit h : c.cues()) {
      if (h.cue().kind() == CueKind.DENIAL && h.start() < from) {
        denied = true;
      } else if (h.cue().kind() == CueKind.REPORT || h.cue().kind() == CueKind.ATTRIBUTION) {
        // A report before the claim covers it unless a new clause starts between; one after it
        // ("..., users say") covers it when it is a saying.
        boolean before = h.end() <= from && tokens.subList(h.end(), from).stream().noneMatch(t -> OWN_VOICE.contains(t.lower()));
        boolean saying = h.start() >= from && h.cue().kind() == CueKind.ATTRIBUTION;
        boolean around = h.start() < from && h.end() > from;
        reported |= before || saying || around;
      }
    }
    return denied ? Attribution.DENIED : reported || testimony(c.sentence().tokens()) ? Attribution.REPORTED : Attribution.AUTHOR;
  }

  /**
   * A first-person account ("L-theanine cut my anxiety") reports the writer's experience; it
   * becomes a claim to the reader only when it turns to them ("and it can help you").
   */
  private static boolean testimony(List<Token> tokens) {
    boolean firstPerson = tokens.stream().anyMatch(t -> FIRST_PERSON.contains(t.lower()) && !t.lower().equals("we")
        && !t.lower().equals("our"));
    boolean toReader = tokens.stream().anyMatch(t -> t.lower().equals("you") || t.lower().equals("your"));
    return firstPerson && !toReader;
  }

  /** Under a denial, only a second negation after it negates: "no evidence that it does not...". */
  private static boolean negationAfterDenial(Context c, int from) {
    int denialEnd = c.cues().stream().filter(h -> h.cue().kind() == CueKind.DENIAL && h.start() < from)
        .mapToInt(CueLexicon.Hit::end).max().orElse(0);
    for (Scope scope : c.sentence().negations()) {
      if (scope.cueStart() >= denialEnd && scope.cueStart() < from && scope.covers(from)) {
        return true;
      }
    }
    return false;
  }

  private static Strength strength(AnalyzedSentence s, List<ConceptHit> chain, boolean correlational, boolean none) {
    if (none) {
      return Strength.NONE;
    }
    if (correlational) {
      return Strength.CORRELATIONAL;
    }
    int from = chain.get(0).start();
    if (modallyHedged(s, from) || modalBefore(s.tokens(), from)) {
      return Strength.CONDITIONAL;
    }
    return Strength.DIRECT;
  }

  /**
   * Hedges that qualify the evidence ("a small study found", "preliminary research") soften a
   * claim but do not make its wording conditional: "a small study found that maca improved libido"
   * still states a cause. Only a hedge of the relation itself does ("may", "might", "appears to").
   */
  private static final Set<String> EVIDENCE_QUALIFIERS = Set.of("small studies", "small study", "a few studies",
      "early studies", "early research", "early evidence", "initial studies", "pilot studies", "animal studies",
      "laboratory studies", "limited research", "limited data", "preliminary", "some evidence", "some research",
      "some studies", "anecdotal", "limited evidence", "generally", "usually", "typically", "for most people",
      "in most people", "slightly", "modestly", "a little", "somewhat");

  private static boolean modallyHedged(AnalyzedSentence s, int token) {
    for (Scope h : s.hedges()) {
      if (h.covers(token) && !EVIDENCE_QUALIFIERS.contains(h.cue().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "can lower", "could really help": a modal just before the relation word. */
  private static boolean modalBefore(List<Token> tokens, int from) {
    for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
      Token t = tokens.get(k);
      if (MODALS.contains(t.lower())) {
        return true;
      }
      if (!(t.tag().equals("ADV") || t.tag().equals("AUX") || t.tag().equals("PART") || t.lower().equals("help"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * A gerund names an activity rather than stating that it happens: "Managing Opioid Withdrawal
   * with Kratom" (a topic heading), "an option for managing withdrawal", "before relieving pain".
   * In a heading only a finite verb states a claim ("Glucosamine Strengthens Cartilage"); a noun
   * there names a topic ("Withdrawal Treatment Plan").
   */
  private static boolean topicOnly(AnalyzedSentence s, ConceptHit first) {
    List<Token> tokens = s.tokens();
    Token t = tokens.get(first.start());
    boolean gerund = t.lower().endsWith("ing") && !t.tag().equals("ADJ");
    if (gerund) {
      int k = first.start() - 1;
      while (k >= 0 && tokens.get(k).tag().equals("ADV")) {
        k--;
      }
      boolean opening = k < 0 || tokens.get(k).isPunctuation();
      return opening || tokens.get(k).tag().equals("ADP") || tokens.get(k).lower().equals("to") || s.isTitleLike();
    }
    if (s.isTitleLike()) {
      return !(t.tag().equals("VERB") || thirdPersonForm(tokens, first.start()) || t.tag().equals("ADJ"));
    }
    return false;
  }

  /**
   * A chain of comparatives alone that report no comparison ("Higher vitamin D levels were...",
   * "children who slept less") modifies a noun or verb; it states no relation of its own.
   */
  private static boolean onlyModifiers(List<Token> tokens, List<ConceptHit> chain) {
    for (ConceptHit h : chain) {
      Token t = tokens.get(h.start());
      if (h.end() - h.start() > 1 || !COMPARATIVES.contains(t.lower()) || t.tag().equals("VERB")) {
        return false;
      }
    }
    return !comparative(tokens, chain.get(0)) && !afterModal(tokens, chain.get(0).start());
  }

  /** "could lower/ADJ", "to lower": a word the tagger took for an adjective used as a verb. */
  private static boolean afterModal(List<Token> tokens, int at) {
    int k = at - 1;
    while (k >= 0 && tokens.get(k).tag().equals("ADV")) {
      k--;
    }
    return k >= 0 && (MODALS.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("to")
        || tokens.get(k).lower().equals("will") || tokens.get(k).lower().equals("can"));
  }

  /** "had lower blood pressure", "were less likely": a comparison reported, not a cause stated. */
  private static boolean comparative(List<Token> tokens, ConceptHit first) {
    Token t = tokens.get(first.start());
    if (!COMPARATIVES.contains(t.lower()) || t.tag().equals("VERB")) {
      return false;
    }
    for (int k = first.start() - 1; k >= 0 && k >= first.start() - 3; k--) {
      if (HAVING.contains(tokens.get(k).lemma()) || HAVING.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean riskWordBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < Math.min(to, from + 4); k++) {
      if (RISK_WORDS.contains(tokens.get(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** The first clause break at or after {@code from}, or the sentence's end. */
  private static int clauseBreak(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      if (CLAUSE_BREAKS.contains(tokens.get(k).lower())) {
        return k;
      }
    }
    return tokens.size();
  }

  /**
   * Whether a relation word found in the text is used as one. The tagger often reads a verb as a
   * noun ("Smoking causes/NOUN lung cancer", "may enhance/NOUN"), so a noun-tagged word counts when
   * it takes a complement ("relief from", "a cure for"), follows a modal or "to", or is a verb form in
   * "-s" with an object after it, or heads a compound with an outcome ("a cancer cure"); not in a
   * compound such as "blood sugar control".
   */
  private static boolean standsAsRelation(List<Token> tokens, ConceptHit h, List<ConceptHit> objects,
      List<ConceptHit> subjects) {
    if (h.end() - h.start() > 1) {
      return true;
    }
    if (objects.stream().anyMatch(o -> o.end() == h.start())) {
      return true; // "a cancer cure", "pain relief", "a testosterone booster"
    }
    Token t = tokens.get(h.start());
    if (t.tag().equals("ADP") || t.tag().equals("DET") || processed(tokens, h.start())) {
      return false;
    }
    boolean adjective = h.concept().equals(RelationWords.SAFE.conceptId()) || h.concept().equals(RelationWords.HARMFUL.conceptId());
    if (adjective && attributive(tokens, h)) {
      return false; // "safe use guidelines", "optimal dosing": a kind of use, not a claim about the substance
    }
    if (!t.isNoun()) {
      return true;
    }
    Token next = h.end() < tokens.size() ? tokens.get(h.end()) : null;
    if (next != null && COMPLEMENT_WORDS.contains(next.lower())) {
      return true;
    }
    int k = h.start() - 1;
    while (k >= 0 && tokens.get(k).tag().equals("ADV")) {
      k--;
    }
    Token prev = k >= 0 ? tokens.get(k) : null;
    if (prev != null && (MODALS.contains(prev.lower()) || prev.tag().equals("AUX") || prev.lower().equals("to"))) {
      return true;
    }
    // A line that opens with "Promotes" is a verb even where the tagger left its lemma as written.
    boolean sForm = t.lower().endsWith("s") && !t.lower().equals(t.lemma()) || opensWithVerb(tokens, h.start());
    boolean object = next != null && (next.tag().equals("DET") || next.tag().equals("PRON") || next.tag().equals("ADJ")
        || next.isNoun() || next.isNumber());
    final int p = k;
    boolean afterName = subjects.stream().anyMatch(n -> !n.viaReference() && n.start() <= p && p < n.end());
    boolean modified = prev != null && !afterName && (prev.tag().equals("DET") || prev.tag().equals("ADJ"));
    // "B12 injections cure/NOUN anemia": a base form after a subject noun, with no verb before it.
    boolean baseAfterSubject = t.lower().equals(t.lemma()) && prev != null && (prev.isNoun() || afterName)
        && tokens.subList(0, h.start()).stream().noneMatch(Token::isVerb);
    return (sForm || baseAfterSubject) && object && !modified;
  }

  /**
   * "Is treated with heat", "was cleansed with acid": how a product is made, a passive with its
   * instrument, not something it does to the body.
   */
  private static boolean processed(List<Token> tokens, int at) {
    Token t = tokens.get(at);
    boolean participle = t.lower().endsWith("ed") && at > 0 && tokens.get(at - 1).lemma().equals("be");
    return participle && at + 1 < tokens.size() && (tokens.get(at + 1).lower().equals("with") || tokens.get(at + 1).lower().equals("using"));
  }

  /** Nouns of using: "safe use", "safe dosage", "harmful levels". */
  private static final Set<String> USAGE_NOUNS = Set.of("use", "usage", "dosage", "dose", "dosing", "practice",
      "guideline", "consumption", "handling", "storage", "amount", "level", "limit", "way", "administration", "intake");
  private static final Set<String> COPULAS = Set.of("be", "seem", "remain", "become", "consider", "prove", "stay");

  /**
   * An adjective that describes a following noun rather than the subject: "safe usage
   * guidelines". It still states a claim in "kratom is a safe option" (a copula before it).
   */
  private static boolean attributive(List<Token> tokens, ConceptHit h) {
    int k = h.end();
    while (k < tokens.size() && k < h.end() + 3 && (tokens.get(k).tag().equals("ADJ") || tokens.get(k).tag().equals("CCONJ"))) {
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).isNoun()) {
      return false;
    }
    if (USAGE_NOUNS.contains(tokens.get(k).lemma())) {
      return true;
    }
    for (int b = h.start() - 1; b >= 0 && b >= h.start() - 3; b--) {
      if (COPULAS.contains(tokens.get(b).lemma())) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlapsAny(ConceptHit h, List<ConceptHit> others) {
    return others.stream().anyMatch(o -> o.start() < h.end() && h.start() < o.end());
  }

  /** Overlaps a substance named by its name (a pronoun standing in at a verb does not count). */
  private static boolean overlapsNamed(ConceptHit h, List<ConceptHit> subjects) {
    return subjects.stream().anyMatch(o -> !o.viaReference() && o.start() < h.end() && h.start() < o.end());
  }

  /** Drops hits inside a longer hit: "joint pain" wins over "pain", "help with" over "help". */
  private static List<ConceptHit> longest(List<ConceptHit> hits) {
    List<ConceptHit> kept = new ArrayList<>();
    for (ConceptHit h : hits) {
      boolean inside = hits.stream().anyMatch(o -> o != h && o.start() <= h.start() && h.end() <= o.end()
          && (o.end() - o.start() > h.end() - h.start() || o.end() - o.start() == h.end() - h.start() && hits.indexOf(o) < hits.indexOf(h)));
      if (!inside) {
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(ConceptHit::start));
    return kept;
  }

  private static String nounPhraseBefore(List<Token> tokens, int from) {
    int k = from - 1;
    while (k >= 0 && (tokens.get(k).tag().equals("AUX") || tokens.get(k).tag().equals("ADV") || tokens.get(k).tag().equals("DET")
        || tokens.get(k).tag().equals("PART") || MODALS.contains(tokens.get(k).lower())
        || HAVING.contains(tokens.get(k).lemma()))) {
      k--;
    }
    int end = k + 1;
    while (k >= 0 && (isNominal(tokens.get(k))
        || tokens.get(k).lower().equals("of") && k > 0 && k + 1 < end && isNominal(tokens.get(k - 1)))) {
      k--;
    }
    if (end > k + 1 && k >= 0 && DEMONSTRATIVES.contains(tokens.get(k).lower())) {
      k--; // "this miracle root": the demonstrative tells a reference from a new subject
    }
    return end > k + 1 ? words(tokens, k + 1, end) : "";
  }

  private static String nounPhraseAfter(List<Token> tokens, int from, int limit) {
    int k = from;
    while (k < limit && (tokens.get(k).tag().equals("DET") || tokens.get(k).tag().equals("ADP")
        || tokens.get(k).tag().equals("PRON"))) {
      k++;
    }
    int start = k;
    // Participles inside the phrase ("self-rated health") count when a noun follows.
    while (k < limit && (isNominal(tokens.get(k)) || tokens.get(k).tag().equals("VERB") && k + 1 < limit
        && isNominal(tokens.get(k + 1)))) {
      k++;
    }
    boolean hasNoun = false;
    for (int i = start; i < k; i++) {
      hasNoun |= tokens.get(i).isNoun();
    }
    boolean aboutPeople = k > start && PEOPLE.contains(tokens.get(k - 1).lemma());
    return hasNoun && !aboutPeople ? words(tokens, start, k) : "";
  }

  private static boolean isNominal(Token t) {
    return t.isNoun() || t.tag().equals("ADJ") || t.tag().equals("NUM") || t.text().equals("-")
        || t.tag().equals("VERB") && t.lower().endsWith("ing") && t.lower().length() > 4;
  }

  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to && k < tokens.size(); k++) {
      if (b.length() > 0 && tokens.get(k).start() > tokens.get(k - 1).end()) {
        b.append(' ');
      }
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }
}
