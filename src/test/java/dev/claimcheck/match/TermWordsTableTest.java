package dev.claimcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.claims.Concept;
import dev.claimcheck.claims.Location;
import dev.claimcheck.segment.TextAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermWordsTableTest {
  @Test
  void theBuiltTableCoversEveryEmbeddedTermWithTheAnalyzersOwnWords() {
    TermWordsTable table = TermWordsTable.embedded();
    TextAnalyzer analyzer = TestPipeline.analyzer();
    List<String> wrong = new ArrayList<>();
    int terms = 0;
    for (Concept concept : TestPipeline.db().concepts().values()) {
      for (List<String> list : List.of(concept.terms(), concept.references())) {
        for (String term : list) {
          terms++;
          Optional<List<String>> built = table.words(term);
          if (built.isEmpty() || !built.get().equals(analyzer.words(term))) {
            wrong.add(term + " -> " + built.map(Object::toString).orElse("missing") + ", analyzer: " + analyzer.words(term));
          }
        }
      }
    }
    assertTrue(terms > 1000, "the embedded database has its terms");
    assertEquals(List.of(), wrong, "rebuild (mvn process-classes) after editing claims-db");
  }

  @Test
  void aDatabaseWithProblemsGetsAnEmptyTableInsteadOfFailingTheBuild(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("concepts.yaml"), "concepts: [unclosed\n");
    Path table = dir.resolve("term-words.tsv");

    TermWordsTableBuilder.main(new String[] {dir.toString(), table.toString()});

    assertEquals("", Files.readString(table));
  }

  @Test
  void writesWhatItReadsBackAndSkipsWhatItCouldNot() throws IOException {
    Concept concept = new Concept("HERB", List.of("herbx", "herb\tx", "St. John's wort"), List.of("the plant"), new Location("t", 1, 1));
    Map<String, List<String>> words = Map.of(
        "herbx", List.of("herbx"),
        "herb\tx", List.of("herb", "x"),
        "St. John's wort", List.of("st.", "john", "'s", "wort"),
        "the plant", List.of("the", "plant"));
    StringWriter out = new StringWriter();
    TermWordsTableBuilder.write(Map.of("HERB", concept), words::get, out);

    TermWordsTable table = TermWordsTable.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(3, table.size());
    assertEquals(Optional.of(List.of("st.", "john", "'s", "wort")), table.words("St. John's wort"));
    assertEquals(Optional.of(List.of("the", "plant")), table.words("the plant"));
    assertEquals(Optional.empty(), table.words("herb\tx"));
    assertEquals(Optional.empty(), table.words("unknown"));
  }
}
