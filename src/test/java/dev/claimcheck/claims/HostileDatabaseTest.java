package dev.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases written to hurt (duplicate ids across files: ClaimDatabaseLoaderTest): every one is refused with problems that name file, line and column,
 * quickly and without exhausting memory. The limits are checked where they really act (see {@link
 * YamlTreeReader}): with jackson-dataformat-yaml 2.18, aliases are not expanded but silently read
 * as text, and the string length constraint is not applied, so the reader enforces both itself.
 */
class HostileDatabaseTest {
  @TempDir Path dir;

  private static final String CONCEPTS = "concepts:\n  HERB:\n    terms: [herbx]\n  EASE:\n    terms: [ease]\n";

  private List<String> problems(String file, String yaml) throws IOException {
    Files.writeString(dir.resolve("concepts.yaml"), CONCEPTS);
    Files.writeString(dir.resolve(file), yaml);
    ClaimDatabaseException e = assertThrows(ClaimDatabaseException.class, () -> new ClaimDatabaseLoader().load(dir, List.of()));
    return e.problems().stream().map(DatabaseProblem::toString).toList();
  }

  private String at(String file, int line, int column) {
    return dir.resolve(file) + ": line " + line + ", col " + column + ": ";
  }

  @Test
  void billionLaughsFailsOnItsFirstAliasWithoutExpanding() throws IOException {
    StringBuilder bomb = new StringBuilder("topic: lol\nclaims: []\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      bomb.append("lol").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      bomb.append("]\n");
    }
    List<String> problems = problems("bomb.yaml", bomb.toString());
    assertEquals(at("bomb.yaml", 4, 12) + "YAML alias *a0 is not supported: write the value out", problems.get(0));
    assertEquals(81, problems.stream().filter(p -> p.contains("YAML alias")).count(), "one problem per alias written, none per expansion");
  }

  @Test
  void aliasIsNotSilentlyReadAsItsName() throws IOException {
    String yaml = "topic: herb\nsubject: HERB\nclaims:\n  - id: HERB_EASES\n    claim: &c Herbx eases things.\n    verdict: *c\n";
    assertTrue(problems("herb.yaml", yaml).contains(at("herb.yaml", 6, 14) + "YAML alias *c is not supported: write the value out"));
  }

  @Test
  void deepNestingIsRefusedAtTheParser() throws IOException {
    List<String> problems = problems("deep.yaml", "topic: deep\nclaims: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    assertEquals(1, problems.size(), problems.toString());
    // Jackson reports this one at the start of the document.
    assertEquals(at("deep.yaml", 1, 1) + "malformed YAML: Document nesting depth (41) exceeds the maximum allowed (40)", problems.get(0));
  }

  @Test
  void longTextIsRefused() throws IOException {
    List<String> problems = problems("long.yaml", "topic: long\nclaims:\n  - id: X\n    claim: " + "x".repeat(60_000) + "\n");
    assertTrue(problems.contains(at("long.yaml", 4, 12) + "text of 60000 chars is longer than the limit of 50000"), problems.toString());
  }

  @Test
  void hugeFileIsRefusedBeforeParsing() throws IOException {
    StringBuilder huge = new StringBuilder("topic: huge\nclaims: []\nfiller:\n");
    while (huge.length() <= YamlTreeReader.MAX_FILE_CODE_POINTS) {
      huge.append("  - filler text filler text filler text\n");
    }
    assertEquals(List.of(at("huge.yaml", 1, 1) + "file is larger than 4 MB"), problems("huge.yaml", huge.toString()));
  }

  @Test
  void parserCodePointLimitHoldsForStreamsToo() {
    // The loader checks the file size first; the parser's own limit is the second line of defence.
    StringBuilder big = new StringBuilder("a:\n");
    while (big.length() <= YamlTreeReader.MAX_FILE_CODE_POINTS) {
      big.append("  - item\n");
    }
    List<DatabaseProblem> problems = new ArrayList<>();
    assertEquals(null, new YamlTreeReader().read("big.yaml", new StringReader(big.toString()), problems));
    assertTrue(problems.get(0).message().contains("exceeds the limit: 4194304 code points"), problems.toString());
  }

  @Test
  void unknownFieldsAndWrongTypesAreLocated() throws IOException {
    List<String> problems = problems("herb.yaml", "topic: herb\nsubjct: HERB\nclaims:\n  - id: HERB_EASES\n    claim: [not, text]\n");
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(at("herb.yaml", 2, 1) + "unknown field \"subjct\"")), problems.toString());
    assertTrue(problems.contains(at("herb.yaml", 5, 12) + "claim HERB_EASES: \"claim\" must be text, found a list"), problems.toString());
  }

  @Test
  void invalidUtf8IsRefused() throws IOException {
    Files.writeString(dir.resolve("concepts.yaml"), CONCEPTS);
    Files.write(dir.resolve("latin1.yaml"), "topic: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    ClaimDatabaseException e = assertThrows(ClaimDatabaseException.class, () -> new ClaimDatabaseLoader().load(dir, List.of()));
    assertEquals(at("latin1.yaml", 1, 1) + "not valid UTF-8", e.problems().get(0).toString());
  }
}
