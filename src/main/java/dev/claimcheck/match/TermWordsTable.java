package dev.claimcheck.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of every term of the embedded database, as the analyzer splits them, worked out when
 * the jar is built ({@link TermWordsTableBuilder}) instead of at every start.
 *
 * <p>Splitting a term costs one evaluation of the tokenizer model per character (the English model
 * does not let alphanumeric words skip it), and the embedded database has about 1,500 terms: about a
 * tenth of a cold start. The table holds exactly what {@code TextAnalyzer.words} gives for each term,
 * because it is made by that method with the same models; a term not in it (from a {@code --db}
 * directory, or an edit not yet built) is split at run time as before. TermWordsTableTest checks
 * every entry against the analyzer. Immutable and thread-safe.
 */
public final class TermWordsTable {
  /** Where the build writes the table, inside the embedded database directory. */
  public static final String RESOURCE = "/claims-db/term-words.tsv";

  private static final TermWordsTable EMPTY = new TermWordsTable(Map.of());

  private final Map<String, List<String>> words;

  private TermWordsTable(Map<String, List<String>> words) {
    this.words = words;
  }

  /** The table built for the embedded database; empty when the build did not make one. */
  public static TermWordsTable embedded() {
    try (InputStream in = TermWordsTable.class.getResourceAsStream(RESOURCE)) {
      return in == null ? EMPTY : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads lines of a term, a tab and its words separated by single spaces. */
  static TermWordsTable read(InputStream in) throws IOException {
    Map<String, List<String>> words = new HashMap<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = lines.readLine()) != null) {
      int tab = line.indexOf('\t');
      if (tab > 0 && tab < line.length() - 1) {
        words.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(" ")));
      }
    }
    return new TermWordsTable(Map.copyOf(words));
  }

  /** The words of {@code term}, if the table has them. */
  public Optional<List<String>> words(String term) {
    return Optional.ofNullable(words.get(term));
  }

  /** Number of terms in the table. */
  public int size() {
    return words.size();
  }
}
