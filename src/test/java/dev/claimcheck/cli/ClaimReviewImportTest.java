package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db import-claimreview}: fact checks become draft rows that {@code db validate --db} refuses
 * until a person removes their draft marker, and then accepts; the rows read their own examples;
 * what cannot be mapped is listed with the reason; bad input is one line and exit 2.
 */
class ClaimReviewImportTest {
  private static final Path FACT_CHECKS = Path.of("src/test/resources/claimreview/fact-checks.json");
  private static final Path PAGE = Path.of("src/test/resources/claimreview/fact-check-page.html");

  @TempDir Path dir;

  @Test
  void importsDraftsThatValidateOnceReviewedAndListsWhatItCannotMap() throws Exception {
    Path out = dir.resolve("drafts");
    CheckCommandTest.Run run = CheckCommandTest.run("db", "import-claimreview", FACT_CHECKS.toString(), "--out", out.toString());
    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("claimreview: 13 reviews in ")), run.out());

    // Draft rows, one file per substance, each extending the built-in substance.
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(out.resolve("substances"))) {
      for (Path p : list.sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    assertEquals(Set.of("colloidal-silver.yaml", "turmeric.yaml", "vitamin-c.yaml"), files.keySet(), run.out());
    String silver = files.get("colloidal-silver.yaml");
    assertTrue(silver.contains("extends: COLLOIDAL_SILVER") && silver.contains("outcome: LYME_DISEASE")
        && silver.contains("outcome: ECZEMA") && silver.contains("https://factcheck.example/2025/colloidal-silver-lyme"), silver);
    assertTrue(files.get("turmeric.yaml").contains("outcome: ALZHEIMERS_DISEASE"), files.get("turmeric.yaml"));
    assertTrue(files.get("vitamin-c.yaml").contains("outcome: SEPSIS"), files.get("vitamin-c.yaml"));
    assertEquals(4, files.values().stream().mapToLong(t -> t.lines().filter(l -> l.strip().equals("draft: true")).count()).sum());
    assertTrue(run.out().contains("draft     COLLOIDAL_SILVER_CURES_ECZEMA unsupported"), run.out());

    // Unreviewed drafts are refused, one line per draft, and accepted once the marker is gone.
    CheckCommandTest.Run refused = CheckCommandTest.run("db", "validate", "--db", out.toString());
    assertEquals(2, refused.code(), refused.out());
    assertEquals(4, refused.errLines().size(), refused.err());
    assertTrue(refused.errLines().stream().allMatch(l -> l.contains("is a draft nobody has reviewed")), refused.err());
    for (Path p : filesUnder(out.resolve("substances"))) {
      // The review step a person does last: delete each "draft: true" line.
      Files.write(p, Files.readAllLines(p).stream().filter(l -> !l.strip().equals("draft: true")).toList());
    }
    CheckCommandTest.Run accepted = CheckCommandTest.run("db", "validate", "--db", out.toString());
    assertEquals(0, accepted.code(), accepted.err());

    // Each reviewed row reads the sentence the fact checker rated as itself.
    Path examples = Files.writeString(dir.resolve("examples.txt"), String.join("\n\n", List.of(
        "Turmeric cures Alzheimer's disease.", "Colloidal silver cures Lyme disease.", "Vitamin C cures sepsis.",
        "Colloidal silver heals eczema.")) + "\n");
    CheckCommandTest.Run check = CheckCommandTest.run("check", "--no-config", "--format", "json", "--fail-on", "none",
        "--db", out.toString(), examples.toString());
    Set<String> ids = new TreeSet<>();
    for (JsonNode f : new ObjectMapper().readTree(check.out()).get("files").get(0).get("findings")) {
      ids.add(f.path("claim").path("id").asText());
    }
    assertTrue(ids.containsAll(Set.of("TURMERIC_CURES_ALZHEIMERS_DISEASE", "COLLOIDAL_SILVER_CURES_LYME_DISEASE",
        "VITAMIN_C_CURES_SEPSIS", "COLLOIDAL_SILVER_CURES_ECZEMA")), ids.toString());

    // Claims the database rates already are compared, not written again.
    List<String> known = Files.readAllLines(out.resolve("known.tsv"));
    assertEquals(3, known.size(), known.toString());
    assertTrue(known.get(1).contains("TURMERIC_CURES_CANCER\tunsupported\tunsupported\tyes"), known.get(1));
    assertTrue(known.get(2).contains("VITAMIN_C_PREVENTS_COMMON_COLD\tunsupported\tcontested\tno"), known.get(2));

    // Everything else, each with its reason.
    Map<Integer, String> reasons = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve("unmapped.tsv")).subList(1, 8)) {
      String[] cells = line.split("\t");
      reasons.put(Integer.parseInt(cells[0]), cells[4]);
    }
    assertEquals(List.of(7, 8, 9, 10, 11, 12, 13), new ArrayList<>(reasons.keySet()), reasons.toString());
    assertTrue(reasons.get(7).startsWith("no claim read") || reasons.get(7).contains("is no substance of the registry"), reasons.get(7));
    assertTrue(reasons.get(8).contains("no outcome"), reasons.get(8));
    assertEquals("rating \"Flip-flop\" is not one claimcheck can map", reasons.get(9));
    assertTrue(reasons.get(10).startsWith("the claim is negated"), reasons.get(10));
    assertTrue(reasons.get(11).startsWith("names 2 claims"), reasons.get(11));
    assertEquals("no claimReviewed", reasons.get(12));
    assertEquals("no url: a row needs a source a person can read", reasons.get(13));
    assertTrue(run.out().contains("unmapped  #9 \u201CTurmeric relieves psoriasis\u201D (Flip-flop): rating"), run.out());
  }

  @Test
  void readsTheLdJsonBlocksOfAPage() {
    Path out = dir.resolve("page");
    CheckCommandTest.Run run = CheckCommandTest.run("db", "import-claimreview", PAGE.toString(), "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("draft     ELDERBERRY_CURES_SEPSIS unsupported <- #1"), run.out());
    assertTrue(Files.isRegularFile(out.resolve("substances/elderberry.yaml")));
  }

  @Test
  void badInputIsOneLineAndExitTwo() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "Turmeric cures cancer: false.\n");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"@type\": \"ClaimReview\", \"claimReviewed\": ");
    Path none = Files.writeString(dir.resolve("none.json"), "[{\"@type\": \"Article\", \"headline\": \"x\"}]");
    Path plainPage = Files.writeString(dir.resolve("page.html"), "<html><body><p>No markup</p></body></html>");
    Path busy = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(busy.resolve("keep.yaml"), "x: 1\n");
    Map<String, String[]> cases = new LinkedHashMap<>();
    cases.put(text + ": neither JSON-LD nor an HTML page", new String[] {text.toString()});
    cases.put(broken + ": not valid JSON at line 1, column ", new String[] {broken.toString()});
    cases.put(none + ": no ClaimReview in it", new String[] {none.toString()});
    cases.put(plainPage + ": an HTML page without a <script type=\"application/ld+json\"> block", new String[] {plainPage.toString()});
    cases.put(dir.resolve("missing.json") + ": no such file", new String[] {dir.resolve("missing.json").toString()});
    cases.put(busy + ": not empty", new String[] {FACT_CHECKS.toString(), "--out", busy.toString()});
    for (Map.Entry<String, String[]> c : cases.entrySet()) {
      List<String> args = new ArrayList<>(List.of("db", "import-claimreview"));
      args.addAll(List.of(c.getValue()));
      if (!args.contains("--out")) {
        args.addAll(List.of("--out", dir.resolve("unused").toString()));
      }
      CheckCommandTest.Run run = CheckCommandTest.run(args.toArray(String[]::new));
      assertEquals(2, run.code(), c.getKey());
      assertEquals(1, run.errLines().size(), run.err());
      assertTrue(run.errLines().get(0).startsWith("claimcheck: " + c.getKey()), run.err());
      assertTrue(run.out().isEmpty(), run.out());
    }
    assertTrue(Files.notExists(dir.resolve("unused")), "nothing written for bad input");
  }

  private static List<Path> filesUnder(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }
}
