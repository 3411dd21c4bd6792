package dev.claimcheck.claimreview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the ClaimReview objects in a file: JSON-LD holding a single object, an array, a
 * {@code @graph}, or ClaimReviews nested anywhere inside (a page's {@code mainEntity}); or an HTML
 * page, whose {@code <script type="application/ld+json">} blocks are read the same way. Thread-safe.
 */
public final class ClaimReviewReader {
  /** Larger inputs are refused before they are parsed: a fact-check feed is far smaller. */
  public static final int MAX_BYTES = 50 * 1024 * 1024;

  private static final List<String> TYPES = List.of("claimreview", "schema:claimreview",
      "http://schema.org/claimreview", "https://schema.org/claimreview");

  private final ObjectMapper json = new ObjectMapper();

  /** The reviews in {@code bytes}, in document order; {@code name} names the file in messages. */
  public List<FactCheck> read(String name, byte[] bytes) throws ClaimReviewException {
    if (bytes.length > MAX_BYTES) {
      throw new ClaimReviewException(name + ": larger than " + (MAX_BYTES / (1024 * 1024)) + " MB");
    }
    String text = decode(name, bytes);
    String start = text.stripLeading();
    List<JsonNode> documents = new ArrayList<>();
    if (start.startsWith("{") || start.startsWith("[")) {
      documents.add(parse(name, text));
    } else if (start.startsWith("<")) {
      documents.addAll(scripts(name, text));
    } else {
      throw new ClaimReviewException(name + ": neither JSON-LD nor an HTML page");
    }
    List<JsonNode> found = new ArrayList<>();
    documents.forEach(d -> collect(d, found));
    if (found.isEmpty()) {
      throw new ClaimReviewException(name + ": no ClaimReview in it (an object with \"@type\": \"ClaimReview\")");
    }
    List<FactCheck> reviews = new ArrayList<>();
    for (JsonNode node : found) {
      reviews.add(factCheck(reviews.size() + 1, node));
    }
    return reviews;
  }

  private static String decode(String name, byte[] bytes) throws ClaimReviewException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new ClaimReviewException(name + ": not UTF-8 text");
    }
  }

  private JsonNode parse(String name, String text) throws ClaimReviewException {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ClaimReviewException(name + ": not valid JSON" + where + ": " + oneLine(e.getOriginalMessage()));
    }
  }

  /** The JSON of every ld+json script of a page; a block that is not JSON is skipped, as search engines do. */
  private List<JsonNode> scripts(String name, String html) throws ClaimReviewException {
    Document page = Jsoup.parse(html);
    List<JsonNode> blocks = new ArrayList<>();
    int scripts = 0;
    for (Element script : page.select("script[type]")) {
      String type = script.attr("type").toLowerCase(Locale.ROOT).strip();
      if (!type.equals("application/ld+json") && !type.startsWith("application/ld+json;")) {
        continue;
      }
      scripts++;
      try {
        blocks.add(json.readTree(script.data()));
      } catch (JsonProcessingException e) {
        // skipped: one broken block should not hide the others
      }
    }
    if (scripts == 0) {
      throw new ClaimReviewException(name + ": an HTML page without a <script type=\"application/ld+json\"> block");
    }
    if (blocks.isEmpty()) {
      throw new ClaimReviewException(name + ": none of its " + scripts + " ld+json blocks is valid JSON");
    }
    return blocks;
  }

  /** Adds every ClaimReview object in {@code node} (depth-first, document order); a review is not searched further. */
  private static void collect(JsonNode node, List<JsonNode> found) {
    if (node.isObject()) {
      if (isClaimReview(node.get("@type"))) {
        found.add(node);
        return;
      }
      node.elements().forEachRemaining(child -> collect(child, found));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collect(child, found));
    }
  }

  private static boolean isClaimReview(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isClaimReview(t)) {
          return true;
        }
      }
      return false;
    }
    return type.isTextual() && TYPES.contains(type.asText().strip().toLowerCase(Locale.ROOT));
  }

  private static FactCheck factCheck(int index, JsonNode review) {
    JsonNode rating = first(review.get("reviewRating"));
    Optional<String> ratingText = text(rating == null ? null : rating.get("alternateName"))
        .or(() -> text(rating == null ? null : rating.get("name")));
    return new FactCheck(index, text(review.get("claimReviewed")), url(review), name(review.get("author")),
        text(review.get("datePublished")), ratingText,
        number(rating, "ratingValue"), number(rating, "bestRating"), number(rating, "worstRating"));
  }

  /** The first item of a list, or the value itself. */
  private static JsonNode first(JsonNode node) {
    return node != null && node.isArray() ? (node.isEmpty() ? null : node.get(0)) : node;
  }

  private static Optional<String> text(JsonNode node) {
    JsonNode n = first(node);
    if (n == null) {
      return Optional.empty();
    }
    if (n.isObject()) {
      n = n.get("@value"); // a JSON-LD value object: {"@value": "...", "@language": "en"}
    }
    if (n == null || !(n.isTextual() || n.isNumber()) || n.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(oneLine(n.asText()).strip());
  }

  private static Optional<String> url(JsonNode review) {
    return text(review.get("url")).or(() -> text(review.get("@id")).filter(id -> id.startsWith("http")));
  }

  /** An author given as a name, an object with a name, or a list of them (the first). */
  private static Optional<String> name(JsonNode author) {
    JsonNode a = first(author);
    if (a == null) {
      return Optional.empty();
    }
    return a.isObject() ? text(a.get("name")) : text(a);
  }

  private static OptionalDouble number(JsonNode rating, String field) {
    JsonNode n = rating == null ? null : first(rating.get(field));
    if (n == null) {
      return OptionalDouble.empty();
    }
    if (n.isNumber()) {
      return OptionalDouble.of(n.asDouble());
    }
    if (n.isTextual()) {
      try {
        double d = Double.parseDouble(n.asText().strip().replace(',', '.'));
        return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.empty();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }
}
