package dev.claimcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.claimcheck.check.FindingDetail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a finding's structured detail (the dose of a dosing finding, the cues of an overstatement)
 * into labelled lines for people, from the same JSON the JSON report writes, so that a check's new
 * detail shows up in every report without report code for it. A top-level text field comes out as
 * one line, a {min, max, unit} object as "5–10 g", another nested object as "key value" pairs, a
 * list joined with commas; false and null fields are left out. A dose also gets its arithmetic.
 * Thread-safe.
 */
final class DetailLines {
  /** One labelled line, e.g. "dose / daily total: 12 g". */
  record Line(String label, String value) {}

  private final ObjectMapper mapper = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  List<Line> of(FindingDetail detail) {
    JsonNode tree;
    try {
      tree = mapper.valueToTree(detail);
    } catch (IllegalArgumentException e) {
      return List.of(new Line(detail.name(), String.valueOf(detail)));
    }
    List<Line> lines = new ArrayList<>();
    if (!tree.isObject()) {
      lines.add(new Line(detail.name(), text(tree)));
      return lines;
    }
    arithmetic(tree).ifPresent(a -> lines.add(new Line("arithmetic", a)));
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("name") || e.getValue().isNull() || e.getValue().isMissingNode()) {
        continue; // the detail's own JSON field name, already the heading
      }
      String value = text(e.getValue());
      if (!value.isEmpty()) {
        lines.add(new Line(humanize(e.getKey()), value));
      }
    }
    return lines;
  }

  /**
   * A dose's sum in one line, "5 g × 3 a day = 15 g a day", when the detail has an amount, times
   * per day and a daily total (the dosing check's {@code dose}).
   */
  private static Optional<String> arithmetic(JsonNode tree) {
    JsonNode amount = tree.path("amount");
    JsonNode times = tree.path("timesPerDay");
    JsonNode daily = tree.path("dailyTotal");
    if (!isRange(amount) || !isRange(times) || !isRange(daily)) {
      return Optional.empty();
    }
    return Optional.of(range(amount) + " × " + range(times) + " a day = " + range(daily) + " a day");
  }

  private static boolean isRange(JsonNode node) {
    return node.isObject() && node.path("min").isNumber() && node.path("max").isNumber();
  }

  /** "5 g", "5–10 g", "3": a range whose ends are equal is one number. */
  private static String range(JsonNode node) {
    String min = number(node.get("min"));
    String max = number(node.get("max"));
    String unit = node.path("unit").asText("");
    return (min.equals(max) ? min : min + "–" + max) + (unit.isEmpty() ? "" : " " + unit);
  }

  private static String number(JsonNode n) {
    return BigDecimal.valueOf(n.asDouble()).stripTrailingZeros().toPlainString();
  }

  private static String text(JsonNode node) {
    if (isRange(node)) {
      return range(node);
    }
    if (node.isBoolean()) {
      return node.asBoolean() ? "yes" : "";
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    List<String> parts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> parts.add(text(n)));
      return String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String v = text(e.getValue());
      if (!v.isEmpty() && !e.getValue().isNull()) {
        parts.add(humanize(e.getKey()) + " " + v);
      }
    }
    return String.join(", ", parts);
  }

  /** "dailyTotal" and "daily_total" read "daily total". */
  static String humanize(String key) {
    return key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
  }
}
