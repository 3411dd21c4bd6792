package dev.claimcheck.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each database mistake gives a precise, located problem; good files load. */
class ClaimDatabaseLoaderTest {
  private static final String CONCEPTS = """
      concepts:
        HERB:
          terms: [herbx]
          references: [it]
        EASE:
          terms: [ease, relieve]
      """;

  private static final String GOOD_CLAIM = """
        - id: HERB_EASES
          claim: Herbx eases things.
          rating: contested
          kind: benefit
          verdict: Only anecdotes.
          sources:
            - title: A real source
              url: https://example.org/source
          match:
            all: [HERB, EASE]
          examples: [Herbx eases things., It relieves pain., Herbx may ease it.]
          counterexamples: [Herbx does not ease things., Tea eases things.]
      """;

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private List<String> problems() {
    ClaimDatabaseException e = assertThrows(ClaimDatabaseException.class, () -> new ClaimDatabaseLoader().load(dir, List.of()));
    return e.problems().stream().map(DatabaseProblem::toString).toList();
  }

  private static void assertHas(List<String> problems, String expected) {
    assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected a problem containing <" + expected + "> in " + problems);
  }

  @Test
  void goodDatabaseLoads() throws Exception {
    write("concepts.yaml", CONCEPTS);
    write("herb.yaml", "topic: herb\nsubject: HERB\nclaims:\n" + GOOD_CLAIM);
    ClaimDatabase db = new ClaimDatabaseLoader().load(dir, List.of());
    assertEquals(1, db.claims().size());
    Claim c = db.claims().get(0);
    assertEquals(Rating.CONTESTED, c.rating());
    assertEquals(List.of("HERB", "EASE"), c.match().all());
    assertEquals("HERB", db.subjectOf(c).orElseThrow());
  }

  @Test
  void unknownRatingIsLocated() throws Exception {
    write("concepts.yaml", CONCEPTS);
    write("herb.yaml", "topic: herb\nsubject: HERB\nclaims:\n" + GOOD_CLAIM.replace("rating: contested", "rating: dubious"));
    assertHas(problems(), "herb.yaml: line 6, col 13: claim HERB_EASES: unknown rating \"dubious\"");
  }

  @Test
  void duplicateIdsAcrossFilesAreReported() throws Exception {
    write("concepts.yaml", CONCEPTS);
    write("a.yaml", "topic: a\nsubject: HERB\nclaims:\n" + GOOD_CLAIM);
    write("b.yaml", "topic: b\nsubject: HERB\nclaims:\n" + GOOD_CLAIM);
    assertHas(problems(), "b.yaml: line 4, col 5: duplicate claim id HERB_EASES (first defined at");
  }

  @Test
  void missingSourcesAndExamplesAreReportedTogether() throws Exception {
    write("concepts.yaml", CONCEPTS);
    String claim = """
          - id: HERB_EASES
            claim: Herbx eases things.
            rating: contested
            kind: benefit
            verdict: Only anecdotes.
            match:
              all: [HERB, EASE]
            examples: [Herbx eases things.]
            counterexamples: []
        """;
    write("herb.yaml", "topic: herb\nsubject: HERB\nclaims:\n" + claim);
    List<String> problems = problems();
    assertHas(problems, "claim HERB_EASES has no sources");
    assertHas(problems, "claim HERB_EASES needs at least 3 examples, has 1");
    assertHas(problems, "claim HERB_EASES needs at least 2 counterexamples, has 0");
  }

  @Test
  void malformedYamlGivesLineAndColumn() throws Exception {
    write("concepts.yaml", CONCEPTS);
    write("herb.yaml", "topic: herb\nsubject: HERB\nclaims:\n  - id: [unclosed\n");
    List<String> problems = problems();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(dir.resolve("herb.yaml") + ": line "), problems.get(0));
    assertTrue(problems.get(0).contains("malformed YAML"), problems.get(0));
  }

  @Test
  void unknownFieldsAndConceptsAreReported() throws Exception {
    write("concepts.yaml", CONCEPTS);
    write("herb.yaml", "topic: herb\nsubject: HERB\nclaims:\n" + GOOD_CLAIM.replace("kind: benefit", "kind: benefit\n    ratng: supported").replace("all: [HERB, EASE]", "all: [HERB, CURE]"));
    List<String> problems = problems();
    assertHas(problems, "unknown field \"ratng\" in claim HERB_EASES");
    assertHas(problems, "claim HERB_EASES: unknown concept CURE in match");
  }

  @Test
  void wrongTypesAreReported() throws Exception {
    write("concepts.yaml", CONCEPTS);
    write("herb.yaml", "topic: herb\nsubject: HERB\nclaims:\n" + GOOD_CLAIM.replace("verdict: Only anecdotes.", "verdict: [a, b]"));
    assertHas(problems(), "claim HERB_EASES: \"verdict\" must be text, found a list");
  }

  @Test
  void aliasBombIsRefused() throws Exception {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String prev = "a";
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = String.valueOf(c);
    }
    write("concepts.yaml", CONCEPTS);
    write("bomb.yaml", bomb.toString());
    // Never expanded: the first alias is refused (HostileDatabaseTest pins the details).
    assertHas(problems(), "YAML alias *a is not supported");
  }

  @Test
  void missingDirectoryIsReported() {
    ClaimDatabaseException e = assertThrows(ClaimDatabaseException.class,
        () -> new ClaimDatabaseLoader().load(dir.resolve("nope"), List.of()));
    assertTrue(e.problems().get(0).toString().contains("no such directory"));
  }

  private static final String EXTENDING_ROW = """
      rows:
        - relation: cures
          outcome: ALZHEIMERS_DISEASE
      %s    rating: unsupported
          verdict: No trial in people shows it.
          sources:
            - title: A fact check
              url: https://factcheck.example/1
          examples:
            - Turmeric cures Alzheimer's disease.
      """;

  private List<String> extraProblems(String file) throws IOException {
    Files.createDirectories(dir.resolve("substances"));
    write("substances/extra.yaml", file);
    ClaimDatabaseException e = assertThrows(ClaimDatabaseException.class, () -> new ClaimDatabaseLoader().load(List.of(dir)));
    return e.problems().stream().map(DatabaseProblem::toString).toList();
  }

  @Test
  void anExtraDirectoryAddsRowsToABuiltInSubstance() throws Exception {
    Files.createDirectories(dir.resolve("substances"));
    write("substances/turmeric.yaml", "extends: TURMERIC\n" + EXTENDING_ROW.formatted(""));
    ClaimDatabase db = new ClaimDatabaseLoader().load(List.of(dir));
    assertTrue(db.rows().stream().anyMatch(r -> r.claim().id().value().equals("TURMERIC_CURES_ALZHEIMERS_DISEASE")));
  }

  @Test
  void aDraftRowIsRefusedUntilReviewed() throws Exception {
    List<String> problems = extraProblems("extends: TURMERIC\n" + EXTENDING_ROW.formatted("    draft: true\n"));
    assertEquals(List.of(dir.resolve("substances/extra.yaml") + ": line 5, col 12: substance TURMERIC: row cures "
        + "ALZHEIMERS_DISEASE is a draft nobody has reviewed: check its rating, verdict and sources, give it a "
        + "counterexample, then remove \"draft: true\""), problems);
  }

  @Test
  void extendsNamesAKnownSubstanceAndIsNoDefinition() throws Exception {
    assertHas(extraProblems("extends: NO_SUCH_HERB\n" + EXTENDING_ROW.formatted("")),
        "row cures ALZHEIMERS_DISEASE: \"extends\" names no known substance NO_SUCH_HERB");
    assertHas(extraProblems("extends: TURMERIC\nsubstance: {id: TURMERIC}\n" + EXTENDING_ROW.formatted("")),
        "substance file has both \"substance\" and \"extends\"");
  }
}
