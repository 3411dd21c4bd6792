package dev.claimcheck.segment;

import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.TextBlock;
import dev.claimcheck.lexicon.CueKind;
import dev.claimcheck.lexicon.CueLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences and analyses each one once: tokens, UD part-of-speech tags,
 * lemmas, and the scopes of negation and hedge cues.
 *
 * <p>Not thread-safe: it owns OpenNLP *ME instances. Make one per thread from the shared {@link
 * NlpModels}. The tokenizer and tagger are made on first use, so splitting alone loads only the
 * sentence model; lemmas come from the models' shared {@link CachedLemmatizer}.
 */
public final class TextAnalyzer {
  /**
   * Words that end the scope of a negation or hedge cue: a new clause begins. The overstatement
   * check cuts clauses at the same words, so that its cues govern the same stretch as these scopes.
   */
  public static final Set<String> CLAUSE_BREAKS =
      Set.of(",", ";", ":", "—", "–", "(", ")", ".", "!", "?", "but", "however", "while", "whereas",
          "although", "though", "which", "who", "because", "since", "so", "thus");

  /** Clitics the UD tokenizer leaves attached to a word ("kratom's", "doesn't"). */
  private static final List<String> CLITICS =
      List.of("n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m");

  /** Longer words are single tokens; see {@link #tokenizeBounded}. URLs and junk, not words. */
  static final int LONG_WORD = 64;

  private static final String TRAILING_PUNCTUATION = ".,;:!?)]}\"'\u201d\u2019";

  private final NlpModels models;
  private final SentenceSplitter splitter;
  private final CueLexicon cues;
  private TokenizerME tokenizer;
  private GreedyTagger tagger;

  public TextAnalyzer(NlpModels models, CueLexicon cues) {
    this.models = models;
    this.splitter = new SentenceSplitter(models.sentences());
    this.cues = cues;
  }

  /** The article's sentences, block by block, without further analysis. */
  public List<Sentence> sentences(Article article) {
    List<Sentence> out = new ArrayList<>();
    for (TextBlock block : article.blocks()) {
      for (TextSpan span : splitter.split(block.text())) {
        out.add(new Sentence(block.text().substring(span.start(), span.end()), block, span.start(), span.end()));
      }
    }
    return out;
  }

  /** Splits and analyses the whole article. */
  public AnalyzedArticle analyze(Article article) {
    List<Sentence> sentences = sentences(article);
    List<AnalyzedSentence> analyzed = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      analyzed.add(analyze(i, sentences.get(i)));
    }
    return new AnalyzedArticle(article, analyzed);
  }

  /** Analyses one sentence; {@code index} is its position in the article. */
  public AnalyzedSentence analyze(int index, Sentence sentence) {
    List<Token> tokens = tokenize(sentence.text());
    CueLexicon.TokenView view = view(tokens);
    List<Scope> negations = scopes(tokens, cues.find(view, CueKind.NEGATION), true);
    negations.addAll(selfNegatingWords(tokens));
    List<Scope> hedges = scopes(tokens, cues.find(view, CueKind.HEDGE), false);
    return new AnalyzedSentence(index, sentence, tokens, negations, hedges);
  }

  /** Tokens of a short text with tags and lemmas. */
  public List<Token> tokenize(String text) {
    String plain = withPlainQuotes(text);
    Span[] spans = withFinalPeriodApart(tokenizeBounded(plain), plain);
    String[] words = Span.spansToStrings(spans, plain);
    String[] tags = tagger().tag(words);
    String[] lemmas = models.lemmatizer().lemmatize(words, tags);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String asWritten = text.substring(spans[i].getStart(), spans[i].getEnd());
      addToken(tokens, asWritten, tags[i], lemmas[i], spans[i].getStart());
    }
    return joinHyphenated(tokens, text);
  }

  /**
   * The lower-case words of a database term, exactly as {@link #tokenize} would give them. Only
   * an apostrophe lets the tags split a token ("it's", "the plant's"), so a term without one skips
   * the tagger and the lemmatizer: compiling the vocabulary then costs the tokenizer alone, which
   * matters at start-up and for large databases.
   */
  public List<String> words(String term) {
    if (hasApostrophe(term)) {
      return tokenize(term).stream().map(Token::lower).toList();
    }
    Span[] spans = tokenizeBounded(withPlainQuotes(term));
    List<Token> tokens = new ArrayList<>(spans.length);
    for (Span span : spans) {
      String word = term.substring(span.getStart(), span.getEnd());
      String lower = word.toLowerCase(Locale.ROOT);
      tokens.add(new Token(word, lower, "X", lower, span.getStart(), span.getEnd()));
    }
    return joinHyphenated(tokens, term).stream().map(Token::lower).toList();
  }

  /** Any character {@link #withPlainQuotes} turns into an apostrophe, or an apostrophe. */
  private static boolean hasApostrophe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032') {
        return true;
      }
    }
    return false;
  }

  private TokenizerME tokenizer() {
    if (tokenizer == null) {
      tokenizer = new TokenizerME(models.tokens());
    }
    return tokenizer;
  }

  private GreedyTagger tagger() {
    if (tagger == null) {
      tagger = new GreedyTagger(models.tags());
    }
    return tagger;
  }

  /**
   * Rejoins words the tokenizer splits at a hyphen, inconsistently and depending on case: it gives
   * "Habit-" + "forming", "risk-" + "free", "7" + "-OH" but "7" + "-" + "oh". Written without
   * spaces, they are one word for matching ("7-oh", "habit-forming"); the tag is the last part's.
   */
  private static List<Token> joinHyphenated(List<Token> tokens, String text) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j + 1 < tokens.size() && hyphenJoined(tokens.get(j), tokens.get(j + 1))) {
        j++;
      }
      if (j == i) {
        out.add(tokens.get(i));
      } else {
        Token first = tokens.get(i);
        Token last = tokens.get(j);
        StringBuilder lemma = new StringBuilder();
        for (int k = i; k <= j; k++) {
          lemma.append(k == j ? tokens.get(k).lemma() : tokens.get(k).lower());
        }
        String word = text.substring(first.start(), last.end());
        out.add(new Token(word, word.toLowerCase(Locale.ROOT), last.tag(), lemma.toString(), first.start(), last.end()));
      }
      i = j + 1;
    }
    return out;
  }

  /**
   * Whether two tokens written without a space between them meet at a hyphen that joins word
   * characters: "Habit-"|"forming", "7"|"-OH", "7"|"-", "-"|"oh". A lone "--" is punctuation.
   */
  private static boolean hyphenJoined(Token left, Token right) {
    if (left.end() != right.start()) {
      return false;
    }
    String joined = left.text() + right.text();
    int seam = left.text().length();
    int hyphen = left.text().endsWith("-") ? seam - 1 : right.text().startsWith("-") ? seam : -1;
    if (hyphen < 0) {
      return false;
    }
    boolean wordBefore = hyphen > 0 && Character.isLetterOrDigit(joined.charAt(hyphen - 1));
    boolean wordAfter = hyphen + 1 < joined.length() && Character.isLetterOrDigit(joined.charAt(hyphen + 1));
    // "7" + "-" is joined when the hyphen itself is then followed by a word ("7-" + "oh").
    return (wordBefore || left.text().equals("-")) && (wordAfter || right.text().equals("-"));
  }

  /**
   * The tokenizer's spans, except that a white-space-separated word longer than {@link #LONG_WORD}
   * chars is one token (less the punctuation at its end) without asking the model: the model scores
   * every char of a word with features that copy the word, so a long word costs the square of its
   * length (a 1,000-char string of letters took milliseconds; a line of them, minutes).
   */
  private Span[] tokenizeBounded(String text) {
    List<Span> out = new ArrayList<>();
    int pending = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i - start > LONG_WORD) {
        addTokenized(text, pending, start, out);
        int end = i;
        while (end > start + LONG_WORD && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
        out.add(new Span(start, end));
        for (int p = end; p < i; p++) {
          out.add(new Span(p, p + 1));
        }
        pending = i;
      }
    }
    if (pending == 0) {
      return models.tokenizerMemo().tokenizePos(text, tokenizer());
    }
    addTokenized(text, pending, n, out);
    return out.toArray(Span[]::new);
  }

  /**
   * Splits a sentence's final period from the word it is glued to ("approved by the FDA." gives
   * "FDA" and "."). The tokenizer keeps a few words with their period as if they were abbreviations
   * ("FDA.", "Dr."), and at the end of a sentence that hides the word from the vocabulary. A word
   * with a period inside ("U.S.", "a.m.") keeps its own; closing quotes and brackets after the
   * word are looked past.
   */
  static Span[] withFinalPeriodApart(Span[] spans, String text) {
    int last = spans.length - 1;
    while (last >= 0 && spans[last].length() == 1 && ")]}\"'".indexOf(text.charAt(spans[last].getStart())) >= 0) {
      last--;
    }
    if (last < 0) {
      return spans;
    }
    Span word = spans[last];
    String token = text.substring(word.getStart(), word.getEnd());
    if (token.length() < 2 || !token.endsWith(".") || token.indexOf('.') < token.length() - 1
        || !Character.isLetter(token.charAt(token.length() - 2))) {
      return spans;
    }
    Span[] split = new Span[spans.length + 1];
    System.arraycopy(spans, 0, split, 0, last);
    split[last] = new Span(word.getStart(), word.getEnd() - 1);
    split[last + 1] = new Span(word.getEnd() - 1, word.getEnd());
    System.arraycopy(spans, last + 1, split, last + 2, spans.length - last - 1);
    return split;
  }

  private void addTokenized(String text, int start, int end, List<Span> out) {
    if (start < end) {
      for (Span span : models.tokenizerMemo().tokenizePos(text.substring(start, end), tokenizer())) {
        out.add(new Span(span.getStart() + start, span.getEnd() + start));
      }
    }
  }

  /**
   * The models were trained on ASCII apostrophes and quotes: "Kratom’s" with a curly apostrophe
   * stays one unknown token and "It’s" is tagged as a noun. Web articles use curly ones, so the
   * models see a copy with plain ones. Same length, so offsets are unchanged.
   */
  static String withPlainQuotes(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char plain = switch (c) {
        case '\u2019', '\u2018', '\u02BC', '\u2032' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
        // The tokenizer glues a dash to its neighbours ("fertility—a"); a comma it always splits
        // off, and it ends a clause the same way. An en dash between digits is a range: kept.
        case '\u2014' -> ',';
        case '\u2013' -> betweenDigits(text, i) ? c : ',';
        default -> c;
      };
      if (plain != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = plain;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static boolean betweenDigits(String text, int i) {
    return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
  }

  public static CueLexicon.TokenView view(List<Token> tokens) {
    return new CueLexicon.TokenView() {
      @Override
      public int size() {
        return tokens.size();
      }

      @Override
      public String lower(int i) {
        return tokens.get(i).lower();
      }

      @Override
      public String lemma(int i) {
        return tokens.get(i).lemma();
      }
    };
  }

  /**
   * Splits a multi-word token such as "doesn't" (AUX+PART, lemma do+not) into its parts, and a
   * possessive "'s" that the tagger left attached ("kratom's" tagged as one unknown noun).
   */
  private static void addToken(List<Token> out, String word, String tag, String lemma, int start) {
    String[] tagParts = parts(tag);
    String[] lemmaParts = parts(lemma);
    String lower = word.toLowerCase(Locale.ROOT);
    if (tagParts.length == 2 && lemmaParts.length == 2) {
      for (String clitic : CLITICS) {
        if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
          int cut = word.length() - clitic.length();
          out.add(token(word.substring(0, cut), tagParts[0], lemmaParts[0], start));
          out.add(token(word.substring(cut), tagParts[1], lemmaParts[1], start + cut));
          return;
        }
      }
    }
    if (tagParts.length == 1 && lower.length() > 3 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
      int cut = word.length() - 2;
      // The base of a possessive is a noun; the tagger sometimes calls the unsplit token PUNCT.
      String baseTag = tag.equals("PUNCT") || tag.equals("SYM") || tag.equals("X") ? "NOUN" : tag;
      out.add(token(word.substring(0, cut), baseTag, lemmaParts[0].replace("'s", "").replace("’s", ""), start));
      out.add(token(word.substring(cut), "PART", "'s", start + cut));
      return;
    }
    out.add(token(word, tagParts[0], lemmaParts[0], start));
  }

  /**
   * "AUX+PART" as its two parts; anything else, including a "+" token's own tag or lemma "+"
   * (which String.split turned into no parts at all: "vitamin C + zinc" crashed), as one part.
   */
  private static String[] parts(String tagOrLemma) {
    int plus = tagOrLemma.indexOf('+');
    if (plus <= 0 || plus == tagOrLemma.length() - 1 || tagOrLemma.indexOf('+', plus + 1) >= 0) {
      return new String[] {tagOrLemma};
    }
    return new String[] {tagOrLemma.substring(0, plus), tagOrLemma.substring(plus + 1)};
  }

  private static Token token(String word, String tag, String lemma, int start) {
    String lower = word.toLowerCase(Locale.ROOT);
    String cleanLemma = lemma.isEmpty() || lemma.equals("O") ? lower : lemma.toLowerCase(Locale.ROOT);
    return new Token(word, lower, tag, cleanLemma, start, start + word.length());
  }

  /**
   * Turns cue hits into scopes that run to the end of the clause. Two negations in a row cancel
   * ("not without risk" asserts risk), so neither opens a scope.
   */
  private static List<Scope> scopes(List<Token> tokens, List<CueLexicon.Hit> hits, boolean cancelPairs) {
    List<Scope> scopes = new ArrayList<>();
    for (int h = 0; h < hits.size(); h++) {
      CueLexicon.Hit hit = hits.get(h);
      if (cancelPairs && h + 1 < hits.size() && hits.get(h + 1).start() == hit.end()) {
        h++;
        continue;
      }
      if (cancelPairs && hit.end() < tokens.size() && IDIOMS.contains(tokens.get(hit.end()).lower())) {
        continue; // "it comes as no surprise that", "no doubt": nothing is denied
      }
      int end = hit.end();
      while (end < tokens.size() && !CLAUSE_BREAKS.contains(tokens.get(end).lower())) {
        end++;
      }
      scopes.add(new Scope(hit.cue().phrase(), hit.start(), hit.end(), end));
    }
    return scopes;
  }

  /** Words after "no" that make an idiom of it rather than a denial. */
  private static final java.util.Set<String> IDIOMS = java.util.Set.of("surprise", "wonder", "doubt", "question", "matter",
      "exception");

  /** Words that carry their own negation: "non-addictive", "risk-free", "addiction-free". */
  private static List<Scope> selfNegatingWords(List<Token> tokens) {
    List<Scope> scopes = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String lower = tokens.get(i).lower();
      if ((lower.startsWith("non-") && lower.length() > 4) || (lower.endsWith("-free") && lower.length() > 5)) {
        scopes.add(new Scope(lower, i, i + 1, i + 1));
      }
    }
    return scopes;
  }
}
