package dev.claimcheck.segment;

import dev.claimcheck.segment.Abbreviations.Abbrev;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * The state of splitting one block: its tokens, where the model would cut, and the rules that
 * decide each gap between two tokens (the approach is described at {@link SentenceSplitter}). A
 * class of its own so that {@link SentenceSplitter} is only the public entry point and its
 * fallback; one instance per block, so the rules read the tokens around a gap from fields.
 */
final class BlockSplit {
  // ---------------------------------------------------------------------------------------------
  // Token shapes.

  private static final Pattern NUMBER_UNIT =
      Pattern.compile("\\d+(?:[.,]\\d+)?([A-Za-zµμ]{1,5})");

  private static final Pattern ROMAN = Pattern.compile("[IVXLC]{1,6}");

  /** Tokens longer than this have inner . ! ? hidden from the model (its cost is quadratic). */
  private static final int LONG_TOKEN = 64;

  /** The leading word of a token (letters and apostrophes, after opening quotes), lower case. */
  private static String leadingWord(String token) {
    int start = SplitText.skipOpeners(token);
    int end = start;
    while (end < token.length() && end - start < 40) {
      char c = token.charAt(end);
      if (!Character.isLetter(c) && c != '\'' && c != '’') {
        break;
      }
      end++;
    }
    return token.substring(start, end).replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  /** What the token after a possible boundary starts with. */
  private enum Next {
    LOWER,
    UPPER,
    DIGIT,
    OTHER
  }

  private static Next nextKind(String token) {
    int i = SplitText.skipOpeners(token);
    if (i >= token.length()) {
      return Next.OTHER;
    }
    char c = token.charAt(i);
    if (Character.isDigit(c)) {
      return Next.DIGIT;
    }
    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
      return Next.UPPER;
    }
    if (Character.isLowerCase(c)) {
      // mRNA, pH, eGFR, iPhone start sentences even though they begin in lower case.
      for (int j = i + 1; j < token.length() && j - i < 40; j++) {
        char d = token.charAt(j);
        if (Character.isUpperCase(d)) {
          return Next.UPPER;
        }
        if (!Character.isLetter(d)) {
          break;
        }
      }
      return Next.LOWER;
    }
    return Next.OTHER;
  }

  // ---------------------------------------------------------------------------------------------

  private enum Decision {
    SPLIT,
    KEEP,
    MODEL
  }

  private final String text;
  private final String[] tokens;
  private final int[] starts;
  private final int[] ends;
  private final boolean[] modelCut;
  private final boolean[] listCut;
  private boolean modelOk = true;

  BlockSplit(String text, SentenceDetectorME detector) {
    this.text = text;
    List<int[]> found = new ArrayList<>();
    int i = 0;
    int len = text.length();
    while (i < len) {
      while (i < len && SplitText.isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= len) {
        break;
      }
      int s = i;
      while (i < len && !SplitText.isSpace(text.charAt(i))) {
        i++;
      }
      found.add(new int[] {s, i});
    }
    found = RunOnSentences.splitRunOnSentences(text, found);
    int n = found.size();
    tokens = new String[n];
    starts = new int[n];
    ends = new int[n];
    for (int t = 0; t < n; t++) {
      starts[t] = found.get(t)[0];
      ends[t] = found.get(t)[1];
      tokens[t] = text.substring(starts[t], ends[t]);
    }
    modelCut = new boolean[Math.max(0, n - 1)];
    listCut = new boolean[Math.max(0, n - 1)];
    if (n > 1) {
      runModel(detector);
      ListMarkers.findListItems(tokens, listCut);
    }
  }

  List<TextSpan> sentences() {
    int n = tokens.length;
    List<TextSpan> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    int sentStart = 0;
    for (int g = 0; g < n - 1; g++) {
      Decision d = decide(g, sentStart);
      boolean split = d == Decision.SPLIT || (d == Decision.MODEL && modelSays(g));
      if (split) {
        out.add(new TextSpan(starts[sentStart], ends[g]));
        sentStart = g + 1;
      }
    }
    out.add(new TextSpan(starts[sentStart], ends[n - 1]));
    return out;
  }

  // --- the model ----------------------------------------------------------------------------

  private void runModel(SentenceDetectorME detector) {
    char[] masked = text.toCharArray();
    for (int t = 0; t < tokens.length; t++) {
      if (ends[t] - starts[t] <= LONG_TOKEN) {
        continue;
      }
      // Keep the token's last few chars (the punctuation that may end a sentence).
      int keep = ends[t];
      while (keep > starts[t] && ends[t] - keep < 4
          && (SplitText.isEos(masked[keep - 1]) || SplitText.isCloser(masked[keep - 1]))) {
        keep--;
      }
      for (int c = starts[t]; c < keep; c++) {
        if (SplitText.isEos(masked[c])) {
          masked[c] = '_';
        }
      }
    }
    Span[] spans;
    try {
      spans = detector.sentPosDetect(new String(masked));
    } catch (RuntimeException e) {
      modelOk = false;
      return;
    }
    int t = 0;
    for (int k = 0; k + 1 < spans.length; k++) {
      int p = spans[k].getEnd();
      while (t < tokens.length && ends[t] < p) {
        t++;
      }
      if (t >= tokens.length) {
        break;
      }
      int gap;
      if (p <= starts[t]) {
        gap = t - 1; // the span ended in the white space before token t
      } else if (onlyClosingPunctuation(p, ends[t])) {
        gap = t; // the span ended at, or just before the closing punctuation of, token t
      } else {
        continue; // a cut inside a word ("Jane.Doe"): never a boundary
      }
      if (gap >= 0 && gap < modelCut.length) {
        modelCut[gap] = true;
      }
    }
  }

  private boolean onlyClosingPunctuation(int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (!SplitText.isEos(ch) && !SplitText.isCloser(ch)) {
        return false;
      }
    }
    return true;
  }

  private boolean modelSays(int g) {
    if (modelOk) {
      return modelCut[g];
    }
    return nextKind(tokens[g + 1]) == Next.UPPER;
  }

  // --- the decision at one gap --------------------------------------------------------------

  /** Decides gap {@code g}, between tokens g and g+1; the sentence began at {@code sentStart}. */
  private Decision decide(int g, int sentStart) {
    if (ends[g] == starts[g + 1]) {
      return Decision.SPLIT; // a run-on cut, see RunOnSentences
    }
    if (blankLine(g) || listCut[g]) {
      return Decision.SPLIT;
    }
    String left = tokens[g];
    String right = tokens[g + 1];
    int coreEnd = left.length();
    while (coreEnd > 0 && SplitText.isCloser(left.charAt(coreEnd - 1))) {
      coreEnd--;
    }
    int eosStart = coreEnd;
    while (eosStart > 0 && SplitText.isEos(left.charAt(eosStart - 1))) {
      eosStart--;
    }
    if (eosStart == coreEnd) {
      return Decision.KEEP; // no . ! ? … before the gap
    }
    boolean closed = coreEnd < left.length();
    String run = left.substring(eosStart, coreEnd);
    Next next = nextKind(right);

    if (right.charAt(0) == '.') {
      return beforeDots(g, eosStart, run, closed);
    }
    if (eosStart == 0 && run.equals(".")) {
      return afterLoneDots(g, next);
    }
    if (g - sentStart <= 1 && ListMarkers.isMarkerSentence(tokens, sentStart, g)) {
      return Decision.KEEP; // "1.) The first item", "• 9. The first item"
    }
    int dots = 0;
    boolean other = false;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c == '.') {
        dots++;
      } else {
        other = true;
      }
    }
    if (dots >= 3 || run.indexOf('…') >= 0) {
      // "that.... She" and "studies... But" end a sentence; a free-standing "..." or "…" marks
      // an omission inside one ("really ... well", "is … I").
      if (next != Next.UPPER) {
        return Decision.KEEP;
      }
      boolean freeStanding = SplitText.skipOpeners(left) == eosStart;
      return freeStanding && dots < 4 ? Decision.KEEP : Decision.SPLIT;
    }
    if (next == Next.LOWER) {
      // A lower-case word after a period is far more often the rest of the sentence (an
      // abbreviation we do not know, "(... engineer.) at", "Yahoo! in") than a sloppy new one;
      // and merging two sentences costs the checks less than cutting one in half.
      return Decision.KEEP;
    }
    if (closed || other) {
      return Decision.MODEL;
    }
    String word = left.substring(SplitText.skipOpeners(left), eosStart);
    if (word.isEmpty()) {
      return Decision.MODEL;
    }
    return afterPeriod(g, sentStart, word, right, next);
  }

  private boolean blankLine(int g) {
    int newlines = 0;
    int returns = 0;
    for (int c = ends[g]; c < starts[g + 1]; c++) {
      char ch = text.charAt(c);
      if (ch == '\n') {
        newlines++;
      } else if (ch == '\r') {
        returns++;
      } else if (ch == '\u2029') {
        return true;
      }
    }
    return newlines >= 2 || (newlines == 0 && returns >= 2);
  }

  /**
   * The token after the gap starts with a dot. "compounds. . . . The" is a period followed by an
   * ellipsis that opens the next sentence; every other gap inside dots is no boundary.
   */
  private Decision beforeDots(int g, int eosStart, String run, boolean closed) {
    if (!closed && run.equals(".") && eosStart > 0) {
      int k = g + 1;
      int lone = 0;
      while (k < tokens.length && tokens[k].equals(".") && lone < 4) {
        lone++;
        k++;
      }
      if (lone == 3 && k < tokens.length && nextKind(tokens[k]) == Next.UPPER) {
        return Decision.SPLIT;
      }
    }
    return Decision.KEEP;
  }

  /**
   * The token before the gap is a lone dot, the end of a spaced ellipsis. ". . ." marks an
   * omission inside a sentence; ". . . ." after a space is an ellipsis plus the period that ends
   * the sentence.
   */
  private Decision afterLoneDots(int g, Next next) {
    int lone = 1;
    int k = g - 1;
    while (k >= 0 && tokens[k].equals(".") && lone < 8) {
      lone++;
      k--;
    }
    boolean attached = k >= 0 && tokens[k].length() > 1 && tokens[k].endsWith(".");
    return !attached && lone >= 4 && next == Next.UPPER ? Decision.SPLIT : Decision.KEEP;
  }

  /** A word followed by one period, then a capitalised word, a number or a symbol. */
  private Decision afterPeriod(int g, int sentStart, String word, String right, Next next) {
    Abbrev kind = classify(g, word);
    boolean starter = next == Next.UPPER && Abbreviations.STARTERS.contains(leadingWord(right));
    boolean paren = right.charAt(0) == '(' || right.charAt(0) == '[';
    switch (kind) {
      case TITLE:
      case MID:
        return Decision.KEEP;
      case PREPOSITIVE:
        if (next == Next.DIGIT || (next == Next.UPPER && !starter)) {
          return Decision.KEEP;
        }
        return starter ? abbreviationEnds(g, sentStart) : Decision.MODEL;
      case NUMERIC:
        if (next == Next.DIGIT || paren || looksLikeLabel(right)) {
          return Decision.KEEP;
        }
        return starter ? abbreviationEnds(g, sentStart) : Decision.MODEL;
      case GENERAL:
      case MULTI:
        if (next == Next.DIGIT || paren || Abbreviations.isAbbreviationToken(right)) {
          return Decision.KEEP; // "et al. (2019)", "Jan. 5", "Am. J. Clin. Nutr."
        }
        return starter ? abbreviationEnds(g, sentStart) : Decision.MODEL;
      case TIME:
        // A capitalised word after a.m./p.m. starts a new sentence unless the time was an
        // introductory phrase ("At 5 a.m. Mr. Smith went ...").
        return next == Next.UPPER ? abbreviationEnds(g, sentStart) : Decision.MODEL;
      case INITIAL:
        return afterInitial(g, sentStart, right, next, starter);
      default:
        return Decision.MODEL;
    }
  }

  private Abbrev classify(int g, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String prev = g > 0 ? tokens[g - 1] : "";
    if (lower.equals("al") && SplitText.plainLower(prev).equals("et")) {
      return Abbrev.GENERAL; // et al.
    }
    if (Abbreviations.UNITS.contains(lower) && SplitText.containsDigit(prev)) {
      return Abbrev.GENERAL; // "500 mg."
    }
    Matcher m = NUMBER_UNIT.matcher(word);
    if (m.matches() && Abbreviations.UNITS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return Abbrev.GENERAL; // "500mg."
    }
    return Abbreviations.lookup(word);
  }

  /**
   * An abbreviation before a sentence-starting word ends the sentence, unless the sentence so far
   * is only an introductory phrase ("In the U.S.", "At 5 a.m.").
   */
  private Decision abbreviationEnds(int g, int sentStart) {
    if (g - sentStart + 1 <= 4
        && Abbreviations.INTRO_PREPOSITIONS.contains(SplitText.plainLower(tokens[sentStart]))) {
      return Decision.KEEP;
    }
    return Decision.SPLIT;
  }

  private Decision afterInitial(int g, int sentStart, String right, Next next, boolean starter) {
    String prev = g > sentStart ? tokens[g - 1] : null;
    if (prev != null && Abbreviations.DESIGNATORS.contains(SplitText.plainLower(prev))) {
      // "vitamin D. Patients": a label, so the period is a real one.
      return next == Next.UPPER || next == Next.DIGIT ? Decision.SPLIT : Decision.MODEL;
    }
    int rs = SplitText.skipOpeners(right);
    if (right.length() - rs == 2
        && Character.isUpperCase(right.charAt(rs))
        && right.charAt(rs + 1) == '.') {
      return Decision.KEEP; // "J. K. Rowling"
    }
    if (next == Next.UPPER && !starter && prev != null && isNameLike(prev)) {
      return Decision.KEEP; // "Jonas E. Smith", "Albert I. Jones"
    }
    return Decision.MODEL;
  }

  private static boolean isNameLike(String token) {
    int s = SplitText.skipOpeners(token);
    if (s >= token.length() || !Character.isUpperCase(token.charAt(s))) {
      return false;
    }
    for (int i = s + 1; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** "Fig. 2", "No. S1", "Vol. IV", "Fig. A". */
  private static boolean looksLikeLabel(String token) {
    String word = token.substring(SplitText.skipOpeners(token));
    int end = word.length();
    while (end > 0 && ",;:.)]".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    word = word.substring(0, end);
    return SplitText.containsDigit(word) || ROMAN.matcher(word).matches();
  }
}
