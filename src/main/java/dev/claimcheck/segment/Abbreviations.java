package dev.claimcheck.segment;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists the sentence splitter consults when a word ends in a period (titles, units,
 * journal and month abbreviations, initials, the words that start a sentence) and the lookup that
 * turns a word into an {@link Abbrev} kind. Kept apart from the boundary rules: the lists are data
 * that grow with every abbreviation the splitter gets wrong, while the rules rarely change.
 */
final class Abbreviations {
  private Abbreviations() {}

  // Word lists. All lower case; compared with the lower-cased word unless noted.

  /** How a word followed by a period behaves at a possible sentence boundary. */
  enum Abbrev {
    /** Titles before a name (Dr. Smith): never end a sentence. Matched only when capitalised. */
    TITLE,
    /** Abbreviations that practically never end a sentence (e.g., vs., approx.). */
    MID,
    /** Prepositive place words (St. Michael, Mt. Fuji): keep with a following name. */
    PREPOSITIVE,
    /** Abbreviations normally followed by a number (No. 5, Fig. 2, p. 55). */
    NUMERIC,
    /** Abbreviations that often end a sentence (etc., Inc., et al., mg after a number). */
    GENERAL,
    /** a.m. and p.m. */
    TIME,
    /** Other letter-period sequences (U.S., E.U., b.i.d.). */
    MULTI,
    /** A single capital letter (Jonas E. Smith, vitamin D.). */
    INITIAL,
    NONE
  }

  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "mx", "messrs", "mmes", "dr", "drs", "prof", "profs", "rev", "hon",
          "gen", "col", "capt", "cpt", "lt", "sgt", "cmdr", "adm", "maj", "gov", "sen", "rep",
          "reps", "pres", "supt", "insp", "atty", "asst", "assoc");

  private static final Set<String> MID =
      Set.of(
          "e.g", "i.e", "eg", "vs", "cf", "viz", "approx", "appr", "incl", "excl", "esp", "a.k.a",
          "aka", "n.b", "q.v");

  private static final Set<String> PREPOSITIVE = Set.of("st", "mt", "ft", "vit");

  private static final Set<String> NUMERIC =
      Set.of(
          "no", "nos", "nr", "fig", "figs", "vol", "vols", "ch", "chap", "sec", "sect", "secs",
          "para", "eq", "eqs", "ref", "refs", "art", "tab", "tbl", "suppl", "pg", "ca", "circ");

  private static final Set<String> GENERAL =
      Set.of(
          "etc", "co", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "dept", "depts",
          "univ", "inst", "assn", "natl", "intl", "govt", "est", "ave", "blvd", "rd", "hwy", "apt",
          "misc", "max", "avg", "std", "ext", "hosp", "ed", "eds", "rev", "repr", "trans", "al",
          "pharm", "chem", "dist", "div", "mfr", "mfg", "org", "pub", "publ", "abbr", "admin",
          "resp", "ibid");

  /** Capitalised abbreviations that are ordinary words in lower case (months, journal titles). */
  private static final Set<String> CAPITALIZED_GENERAL =
      Set.of(
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "am", "ann", "arch", "acad", "biol", "clin", "engl", "epidemiol", "int", "med", "nutr",
          "pharmacol", "physiol", "proc", "psychol", "res", "sci", "soc", "ther", "toxicol",
          "neurol", "pediatr", "obstet", "gynecol", "cardiol", "oncol", "immunol", "endocrinol",
          "gastroenterol", "dermatol", "psychiatr", "ophthalmol", "rheumatol", "surg");

  /** Abbreviations only valid in lower case ("P." and "V." are initials). */
  private static final Map<String, Abbrev> LOWER_ONLY =
      Map.of("p", Abbrev.NUMERIC, "pp", Abbrev.NUMERIC, "v", Abbrev.MID);

  /** Units: abbreviations only right after a number ("take 500 mg. daily"). */
  static final Set<String> UNITS =
      Set.of(
          "g", "mg", "mcg", "ug", "µg", "μg", "kg", "lb", "lbs", "oz", "ml", "dl", "cl", "tsp",
          "tbsp", "tbs", "hr", "hrs", "min", "mins", "sec", "secs", "wk", "wks", "mo", "mos", "yr",
          "yrs", "cm", "mm", "km", "mi", "ft", "qt", "pt", "gal", "cal", "kcal", "cc", "mmol",
          "meq", "iu", "caps", "tabs", "pts");

  private static final Set<String> TIMES = Set.of("a.m", "p.m");

  /**
   * Words after which a single capital letter is a label, not a person's initial (vitamin D,
   * hepatitis C, type A, group B): the period after it is a real period.
   */
  static final Set<String> DESIGNATORS =
      Set.of(
          "vitamin", "vitamins", "hepatitis", "hep", "type", "types", "group", "groups", "class",
          "stage", "phase", "grade", "plan", "part", "appendix", "annex", "schedule", "section",
          "category", "option", "level", "zone", "unit", "ward", "block", "exhibit", "table",
          "figure", "model", "tier", "list", "item", "variant", "strain", "serotype", "genotype",
          "protein", "influenza", "flu", "factor", "subtype", "blood", "cohort", "arm");

  /**
   * Capitalised function words that almost always start a sentence when they follow a period. Used
   * to tell "the U.S. How about you?" (boundary) from "the U.S. Government" (none).
   */
  static final Set<String> STARTERS =
      Set.of(
          "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its",
          "it's", "i", "i'm", "i've", "i'd", "i'll", "he", "she", "we", "they", "you", "your",
          "our", "their", "his", "her", "my", "who", "what", "when", "where", "why", "how", "which",
          "whose", "whether", "if", "in", "on", "at", "as", "by", "for", "from", "to", "of", "with",
          "without", "within", "into", "after", "before", "during", "since", "until", "unless",
          "although", "though", "while", "whereas", "because", "but", "and", "or", "nor", "so",
          "yet", "also", "however", "therefore", "thus", "hence", "moreover", "furthermore",
          "additionally", "meanwhile", "nevertheless", "nonetheless", "instead", "indeed", "still",
          "then", "now", "today", "finally", "first", "second", "third", "next", "last", "overall",
          "otherwise", "similarly", "likewise", "consequently", "accordingly", "importantly",
          "notably", "unfortunately", "fortunately", "interestingly", "ultimately", "generally",
          "typically", "usually", "often", "sometimes", "some", "many", "most", "much", "more",
          "few", "several", "all", "both", "each", "every", "either", "neither", "no", "not",
          "none", "nothing", "any", "one", "other", "another", "such", "only", "even", "just",
          "please", "let", "let's", "do", "does", "did", "don't", "is", "are", "was", "were",
          "be", "has", "have", "had", "can", "could", "will", "would", "should", "might", "must",
          "yes", "once", "perhaps", "maybe", "clearly", "researchers", "studies", "research");

  /** A sentence of at most four words that starts with one of these is an introductory phrase. */
  static final Set<String> INTRO_PREPOSITIONS =
      Set.of(
          "at", "in", "on", "by", "before", "after", "around", "until", "till", "from", "since",
          "about", "near", "during", "within", "throughout", "across", "outside", "inside",
          "under", "over", "through", "among", "for", "like", "unlike", "via", "per", "beyond",
          "toward", "towards", "despite");

  private static final Pattern MULTI_PERIOD = Pattern.compile("(?:[A-Za-z]\\.)+[A-Za-z]");

  static Abbrev lookup(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean capitalized = Character.isUpperCase(word.charAt(0));
    Abbrev lowerOnly = LOWER_ONLY.get(word);
    if (lowerOnly != null) {
      return lowerOnly;
    }
    if (TITLES.contains(lower)) {
      return capitalized ? Abbrev.TITLE : Abbrev.GENERAL;
    }
    if (MID.contains(lower)) {
      return Abbrev.MID;
    }
    if (PREPOSITIVE.contains(lower)) {
      return capitalized ? Abbrev.PREPOSITIVE : Abbrev.GENERAL;
    }
    if (NUMERIC.contains(lower)) {
      return Abbrev.NUMERIC;
    }
    if (GENERAL.contains(lower) && !lower.equals("al")) {
      return Abbrev.GENERAL;
    }
    if (capitalized && CAPITALIZED_GENERAL.contains(lower)) {
      return Abbrev.GENERAL;
    }
    if (TIMES.contains(lower)) {
      return Abbrev.TIME;
    }
    if (MULTI_PERIOD.matcher(word).matches()) {
      return Abbrev.MULTI;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return Abbrev.INITIAL;
    }
    return Abbrev.NONE;
  }

  /** Whether a token is itself an abbreviation (not a title) or an initial: "J.", "Clin.". */
  static boolean isAbbreviationToken(String token) {
    int start = SplitText.skipOpeners(token);
    if (token.length() - start < 2 || token.charAt(token.length() - 1) != '.') {
      return false;
    }
    String word = token.substring(start, token.length() - 1);
    if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
      return false;
    }
    Abbrev a = lookup(word);
    return a != Abbrev.NONE && a != Abbrev.TITLE;
  }
}
