package dev.claimcheck.claimreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shapes ClaimReview JSON-LD comes in. */
class ClaimReviewReaderTest {
  private final ClaimReviewReader reader = new ClaimReviewReader();

  private List<FactCheck> read(String text) throws ClaimReviewException {
    return reader.read("in.json", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsASingleObjectAnArrayAndTypeVariants() throws Exception {
    FactCheck one = read("""
        {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": {"@value": "Zinc cures colds", "@language": "en"},
         "url": "https://f.example/1", "author": "Desk", "datePublished": "2025-01-02",
         "reviewRating": {"@type": "Rating", "name": "False", "ratingValue": "1,5", "bestRating": 5}}
        """).get(0);
    assertEquals(Optional.of("Zinc cures colds"), one.claimReviewed());
    assertEquals(Optional.of("Desk"), one.author());
    assertEquals(Optional.of("False"), one.ratingText());
    assertEquals(1.5, one.ratingValue().getAsDouble());
    List<FactCheck> many = read("""
        [{"@type": ["ClaimReview"], "claimReviewed": "a"}, {"@type": "schema:ClaimReview", "claimReviewed": "b"},
         {"@type": "http://schema.org/ClaimReview", "claimReviewed": "c", "@id": "https://f.example/c"}]
        """);
    assertEquals(List.of("a", "b", "c"), many.stream().map(r -> r.claimReviewed().get()).toList());
    assertEquals(List.of(1, 2, 3), many.stream().map(FactCheck::index).toList());
    assertEquals(Optional.of("https://f.example/c"), many.get(2).url());
  }

  @Test
  void refusesWhatHoldsNoClaimReview() {
    assertEquals("in.json: no ClaimReview in it (an object with \"@type\": \"ClaimReview\")",
        assertThrows(ClaimReviewException.class, () -> read("{\"@type\": \"Article\", \"review\": {\"@type\": \"Review\"}}")).getMessage());
    assertEquals("in.json: neither JSON-LD nor an HTML page",
        assertThrows(ClaimReviewException.class, () -> read("claimReviewed: yes")).getMessage());
    assertEquals("in.json: not UTF-8 text", assertThrows(ClaimReviewException.class,
        () -> reader.read("in.json", new byte[] {'[', (byte) 0xff, ']'})).getMessage());
    String deep = "[".repeat(5000) + "]".repeat(5000);
    assertEquals(0, assertThrows(ClaimReviewException.class, () -> read(deep)).getMessage().indexOf("in.json: not valid JSON"));
  }
}
