package dev.claimcheck.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Remembers how the OpenNLP tokenizer splits each chunk of text between white space.
 *
 * <p>{@link TokenizerME} first cuts text at white space, then decides for each chunk alone where to
 * split it: its features are the chunk's characters around each candidate position, and its
 * abbreviation check looks at the chunk only. So the split of a chunk ("kratom's", "(7-OH)",
 * "day.") is a pure function of the chunk, and a chunk seen before costs one map look-up instead
 * of one model evaluation per character. The tokens are exactly {@code TokenizerME}'s.
 *
 * <p>Thread-safe: one instance is shared by all threads, each of which passes its own {@code
 * TokenizerME} for the chunks not seen yet. Bounded like {@link CachedLemmatizer}: emptied when it
 * holds {@link #MAX_ENTRIES}, which never changes a result.
 */
public final class TokenizerMemo {
  /** About 10 MB when full. */
  static final int MAX_ENTRIES = 100_000;

  /** Longer chunks (URLs, junk) are tokenized but not remembered: they rarely come back. */
  static final int MAX_CHUNK = 64;

  /** A chunk's token boundaries relative to its start: {start0, end0, start1, end1, ...}. */
  private final ConcurrentHashMap<String, int[]> splits = new ConcurrentHashMap<>();

  /** The tokens of {@code text}, as {@code tokenizer.tokenizePos(text)} would give them. */
  public Span[] tokenizePos(String text, TokenizerME tokenizer) {
    Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Span> tokens = new ArrayList<>(chunks.length + chunks.length / 4);
    for (Span chunk : chunks) {
      if (chunk.length() < 2) {
        tokens.add(chunk); // TokenizerME never splits a single character
        continue;
      }
      String word = text.substring(chunk.getStart(), chunk.getEnd());
      int[] bounds = splits.get(word);
      if (bounds == null) {
        bounds = split(word, tokenizer);
        if (word.length() <= MAX_CHUNK) {
          if (splits.size() >= MAX_ENTRIES) {
            splits.clear();
          }
          splits.put(word, bounds);
        }
      }
      for (int k = 0; k < bounds.length; k += 2) {
        tokens.add(new Span(chunk.getStart() + bounds[k], chunk.getStart() + bounds[k + 1]));
      }
    }
    return tokens.toArray(new Span[0]);
  }

  private static int[] split(String chunk, TokenizerME tokenizer) {
    Span[] parts = tokenizer.tokenizePos(chunk);
    int[] bounds = new int[parts.length * 2];
    for (int k = 0; k < parts.length; k++) {
      bounds[2 * k] = parts[k].getStart();
      bounds[2 * k + 1] = parts[k].getEnd();
    }
    return bounds;
  }

  /** Number of remembered chunks (for tests). */
  int size() {
    return splits.size();
  }
}
