package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format claimreview}: schema.org ClaimReview JSON-LD, one object per rated claim put forward. */
class ClaimReviewFormatTest {
  private static final Path SEEDS = Path.of("../shared/seeds");
  private static final Map<String, String> NAMES = Map.of("supported", "Supported", "contested", "Contested",
      "unsupported", "Unsupported");
  private static final Map<String, Integer> VALUES = Map.of("supported", 3, "contested", 2, "unsupported", 1);

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private static String[] args(String format, String... more) {
    List<String> all = new ArrayList<>(List.of("check", "--format", format, "--fail-on", "none", "--no-config",
        "--claimreview-author", "Example Health Checks", "--claimreview-date", "2026-03-04",
        "--claimreview-url", "https://checks.example/reviews/1",
        "--claimreview-article-url", "https://news.example/{path}", "--claimreview-claim-author", "A. Writer"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /**
   * Every rated claim finding the JSON report gives for the seed articles whose sentence states or
   * reports the claim has exactly one ClaimReview with the sentence, the article and its position,
   * the rating on the 1-3 scale and its name, the reviewer and the date; nothing else is reviewed.
   */
  @Test
  void reviewsEveryRatedClaimTheSeedArticlesPutForward() throws Exception {
    boolean present = Files.isDirectory(SEEDS);
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI must run this test on the seed articles in " + SEEDS);
    }
    Assumptions.assumeTrue(present, "no seed articles at " + SEEDS);
    CheckCommandTest.Run reviews = CheckCommandTest.run(args("claimreview", SEEDS.toString()));
    CheckCommandTest.Run report = CheckCommandTest.run(args("json", SEEDS.toString()));
    assertEquals(0, reviews.code(), reviews.err());
    JsonNode array = json.readTree(reviews.out());
    assertTrue(array.isArray(), "one JSON array for the run");

    Set<String> expected = new LinkedHashSet<>();
    Map<String, JsonNode> findings = new HashMap<>();
    for (JsonNode file : json.readTree(report.out()).get("files")) {
      for (JsonNode f : file.get("findings")) {
        String stance = f.path("stance").path("how").asText("states");
        if (f.has("claim") && !f.get("claim").path("rating").isNull()
            && (stance.equals("states") || stance.equals("reports"))) {
          String key = file.get("path").asText() + "|" + f.get("span").get("start").asInt() + "|" + f.get("claim").get("id").asText();
          expected.add(key);
          findings.putIfAbsent(key, f);
        }
      }
    }
    assertFalse(expected.isEmpty(), "the seeds name rated claims");

    Set<String> actual = new LinkedHashSet<>();
    for (JsonNode r : array) {
      assertEquals("https://schema.org", r.get("@context").asText());
      assertEquals("ClaimReview", r.get("@type").asText());
      assertEquals("https://checks.example/reviews/1", r.get("url").asText());
      assertEquals("2026-03-04", r.get("datePublished").asText());
      assertEquals("Organization", r.get("author").get("@type").asText());
      assertEquals("Example Health Checks", r.get("author").get("name").asText());
      JsonNode claim = r.get("itemReviewed");
      assertEquals("Claim", claim.get("@type").asText());
      JsonNode appearance = claim.get("appearance");
      assertEquals("CreativeWork", appearance.get("@type").asText());
      String path = appearance.get("name").asText();
      assertTrue(appearance.get("url").asText().startsWith("https://news.example/"), appearance.toString());
      Map<String, Integer> position = new HashMap<>();
      appearance.get("identifier").forEach(p -> position.put(p.get("propertyID").asText(), p.get("value").asInt()));
      String key = path + "|" + position.get("startOffset") + "|" + r.get("identifier").asText();
      assertTrue(actual.add(key), "one review per sentence and claim: " + key);
      JsonNode finding = findings.get(key);
      assertTrue(finding != null, "a review without a rated finding that puts the claim forward: " + key);
      assertEquals(finding.get("sentence").asText(), r.get("claimReviewed").asText());
      assertEquals(finding.get("span").get("line").asInt(), position.get("line"));
      assertEquals(finding.get("span").get("column").asInt(), position.get("column"));
      assertEquals(finding.get("span").get("end").asInt(), position.get("endOffset"));
      String rating = finding.get("claim").get("rating").asText();
      JsonNode rr = r.get("reviewRating");
      assertEquals("Rating", rr.get("@type").asText());
      assertEquals(VALUES.get(rating), rr.get("ratingValue").asInt());
      assertEquals(3, rr.get("bestRating").asInt());
      assertEquals(1, rr.get("worstRating").asInt());
      assertEquals(NAMES.get(rating), rr.get("alternateName").asText());
      assertEquals(finding.get("claim").get("text").asText(), claim.get("name").asText());
      String stance = finding.path("stance").path("how").asText("states");
      assertEquals(stance.equals("states"), claim.has("author"), "the article's author only for its own claims: " + key);
    }
    assertEquals(expected, actual);
  }

  @Test
  void reviewsOnlySentencesThatPutTheClaimForwardAndEscapesScriptText() throws Exception {
    Path article = Files.writeString(dir.resolve("post.txt"), """
        Turmeric cures cancer </script><script>alert(1)</script> and more.

        There is no evidence that turmeric cures cancer.
        """);
    CheckCommandTest.Run run = CheckCommandTest.run(args("claimreview", article.toString()));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("\\u003C/script\\u003E"), run.out());
    assertFalse(run.out().contains("</script>") || run.out().contains("<script>"), run.out());
    JsonNode array = json.readTree(run.out());
    assertEquals(1, array.size(), run.out());
    JsonNode review = array.get(0);
    assertTrue(review.get("claimReviewed").asText().startsWith("Turmeric cures cancer </script>"), review.toString());
    assertEquals("TURMERIC_CURES_CANCER", review.get("identifier").asText());
    assertEquals("Unsupported", review.get("reviewRating").get("alternateName").asText());
    assertEquals("A. Writer", review.get("itemReviewed").get("author").get("name").asText());
  }

  @Test
  void needsTheReviewerAndAValidDate() throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), "Turmeric cures cancer.\n");
    CheckCommandTest.Run noAuthor = CheckCommandTest.run("check", "--format", "claimreview", "--no-config", article.toString());
    assertEquals(2, noAuthor.code());
    assertEquals(List.of("claimcheck: --format claimreview needs --claimreview-author NAME (the reviewing organisation)"),
        noAuthor.errLines());
    CheckCommandTest.Run badDate = CheckCommandTest.run("check", "--format", "claimreview", "--no-config",
        "--claimreview-author", "X", "--claimreview-date", "4 March", article.toString());
    assertEquals(2, badDate.code());
    assertEquals(List.of("claimcheck: --claimreview-date: not a date YYYY-MM-DD: 4 March"), badDate.errLines());
    Path second = Files.writeString(dir.resolve("b.txt"), "Turmeric cures cancer.\n");
    CheckCommandTest.Run oneUrl = CheckCommandTest.run("check", "--format", "claimreview", "--no-config",
        "--claimreview-author", "X", "--claimreview-article-url", "https://news.example/a", article.toString(), second.toString());
    assertEquals(2, oneUrl.code());
    assertEquals(1, oneUrl.errLines().size(), oneUrl.err());
  }
}
