package dev.claimcheck.match;

import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseException;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.claims.Concept;
import dev.claimcheck.read.FrameReader;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the {@link TermWordsTable} of a database directory. The build runs it on the embedded
 * database after compiling ({@code pom.xml}, exec-maven-plugin):
 * {@code TermWordsTableBuilder DATABASE_DIR TABLE_FILE}.
 */
public final class TermWordsTableBuilder {
  private TermWordsTableBuilder() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TermWordsTableBuilder DATABASE_DIR TABLE_FILE");
    }
    ClaimDatabase db;
    try {
      db = new ClaimDatabaseLoader().load(Path.of(args[0]), List.of());
    } catch (ClaimDatabaseException e) {
      // The build goes on with an empty table, so that `claimcheck db validate` can report every
      // problem with its location; every term is then split at run time.
      System.err.println("TermWordsTableBuilder: the database has problems, no table written:\n" + e.getMessage());
      Files.writeString(Path.of(args[1]), "", StandardCharsets.UTF_8);
      return;
    }
    TextAnalyzer analyzer = new TextAnalyzer(NlpModels.load(), db.cues());
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      write(db.concepts(), FrameReader.vocabularyTerms(db), analyzer::words, out);
    }
  }

  /** One line per distinct term and reference, sorted: the term, a tab, its words. */
  static void write(Map<String, Concept> concepts, Function<String, List<String>> termWords, Writer out) throws IOException {
    write(concepts, List.of(), termWords, out);
  }

  /**
   * The same, with the sentence reader's terms as well (substance names, outcome terms, relation
   * words and references), which a start would otherwise split one by one.
   */
  static void write(Map<String, Concept> concepts, java.util.Collection<String> readerTerms,
      Function<String, List<String>> termWords, Writer out) throws IOException {
    Map<String, List<String>> table = new TreeMap<>();
    List<List<String>> lists = new java.util.ArrayList<>();
    for (Concept concept : concepts.values()) {
      lists.add(concept.terms());
      lists.add(concept.references());
    }
    lists.add(List.copyOf(readerTerms));
    for (List<String> terms : lists) {
      {
        for (String term : terms) {
          List<String> words = termWords.apply(term);
          // A tab or line break in a term, or a space in a word, could not be read back.
          if (!words.isEmpty() && term.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r')
              && words.stream().noneMatch(w -> w.isEmpty() || w.chars().anyMatch(Character::isWhitespace))) {
            table.put(term, words);
          }
        }
      }
    }
    for (Map.Entry<String, List<String>> entry : table.entrySet()) {
      out.write(entry.getKey() + "\t" + String.join(" ", entry.getValue()) + "\n");
    }
  }
}
