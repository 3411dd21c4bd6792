package dev.claimcheck.dosing;

import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a sentence's tokens into the small pieces doses are made of: numbers, words, dashes and
 * slashes. The UD tokenizer keeps "1-3", "mg/kg", "16mg", "2x/day" and "b.i.d" whole and splits
 * "1/2" into "1/" "2" and "4-6" into "4-" "6"; re-reading each run of tokens written without
 * spaces gives the same atoms whichever way it cut. Atoms keep the index of their token, so
 * findings point back at the analysed tokens. Stateless.
 */
final class DoseLexer {
  /** What an atom is. */
  enum Kind { NUMBER, WORD, DASH, SLASH, PUNCT }

  /**
   * One piece of a token.
   *
   * @param key lower case, dots removed ("b.i.d." is "bid"); for a whole-token word, see {@code lemma}
   * @param lemma the token's lemma when the atom is the whole token, else {@code key}
   * @param value the number, for NUMBER atoms
   * @param token index of the token it came from
   * @param spaceBefore whether white space separates it from the previous atom
   */
  record Atom(Kind kind, String text, String key, String lemma, BigDecimal value, int token, boolean spaceBefore) {
    boolean is(String word) {
      return kind == Kind.WORD && (key.equals(word) || lemma.equals(word));
    }

    boolean isNumber() {
      return kind == Kind.NUMBER;
    }
  }

  private static final Pattern PIECE = Pattern.compile(
      "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
          + "|(?<frac>[½¼¾⅓⅔⅛])"
          + "|(?<word>[\\p{L}µ]+(?:\\.[\\p{L}]+)+\\.?|[\\p{L}µ]+)"
          + "|(?<dash>[-‐‑–—])"
          + "|(?<slash>/)"
          + "|(?<other>\\S)");

  List<Atom> lex(AnalyzedSentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Atom> atoms = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      // A run of tokens written without spaces ("t." "i.d" ".") is read as one text.
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).start() == tokens.get(j - 1).end()) {
        j++;
      }
      int runStart = tokens.get(i).start();
      String run = sentence.text().substring(runStart, tokens.get(j - 1).end());
      Matcher m = PIECE.matcher(run);
      boolean first = true;
      while (m.find()) {
        int index = tokenAt(tokens, i, j, runStart + m.start());
        Token t = tokens.get(index);
        boolean whole = runStart + m.start() == t.start() && runStart + m.end() == t.end();
        atoms.add(atom(m, t, index, whole, first));
        first = false;
      }
      i = j;
    }
    return atoms;
  }

  private static int tokenAt(List<Token> tokens, int from, int to, int charIndex) {
    for (int k = to - 1; k > from; k--) {
      if (tokens.get(k).start() <= charIndex) {
        return k;
      }
    }
    return from;
  }

  private static Atom atom(Matcher m, Token t, int index, boolean whole, boolean space) {
    String text = m.group();
    if (m.group("num") != null) {
      return new Atom(Kind.NUMBER, text, text, text, new BigDecimal(text.replace(",", "")), index, space);
    }
    if (m.group("frac") != null) {
      return new Atom(Kind.NUMBER, text, text, text, fraction(text), index, space);
    }
    if (m.group("word") != null) {
      String key = text.toLowerCase(Locale.ROOT).replace(".", "").replace('μ', 'µ');
      return new Atom(Kind.WORD, text, key, whole ? t.lemma() : key, null, index, space);
    }
    Kind kind = m.group("dash") != null ? Kind.DASH : m.group("slash") != null ? Kind.SLASH : Kind.PUNCT;
    return new Atom(kind, text, text, text, null, index, space);
  }

  private static BigDecimal fraction(String c) {
    return switch (c) {
      case "½" -> new BigDecimal("0.5");
      case "¼" -> new BigDecimal("0.25");
      case "¾" -> new BigDecimal("0.75");
      case "⅓" -> new BigDecimal("0.3333");
      case "⅔" -> new BigDecimal("0.6667");
      default -> new BigDecimal("0.125");
    };
  }
}
