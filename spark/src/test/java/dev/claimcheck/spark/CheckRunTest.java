package dev.claimcheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.api.CheckOptions;
import dev.claimcheck.api.CheckReport;
import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.ArticleFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a local Spark with two cores: its findings and article rows are what
 * {@link ClaimChecker} gives in-process for the same texts, and every bad row is in the error
 * output with its reason, in JSON Lines and Parquet, in and out.
 */
class CheckRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LIMIT = 2048; // --max-text-size of these runs

  /** The good rows: id, format (null: none given), text. */
  private static final List<String[]> GOOD = List.of(
      new String[] {"t1", "text", "Kratom is a safe, natural alternative to prescription painkillers. "
          + "Many people take 15 grams of kratom three times a day, and some take 40 grams."},
      new String[] {"m1", "markdown", "# Kratom and withdrawal\n\nKratom eases the withdrawal symptoms that come with "
          + "quitting opioids.\n\n- Start with *10 grams* and double it if you feel nothing.\n- It has no side effects at all.\n"},
      new String[] {"h1", "html", "<html><body><h1>Kratom</h1><p>Kratom is not approved by the FDA for any medical use."
          + "</p><p>Kratom is a proven treatment for opioid withdrawal &amp; anxiety.</p>"
          + "<script>Kratom cures cancer.</script></body></html>"},
      new String[] {"c1", null, "Sleep, exercise and a steady routine help more than any supplement."},
      // Code points, not chars: the emoji is two chars before every finding of the article.
      new String[] {"u1", " Markdown ", "\uD83D\uDE00 Kratom is completely safe and non-addictive.\n\n"
          + "Kratom cannot cause a fatal overdose."});

  private static SparkSession spark;
  private static ClaimChecker inProcess;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    spark = LocalSpark.start();
    inProcess = ClaimChecker.load(); // its own, not the job's shared one
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonLinesInParquetOut() throws Exception {
    Path input = dir.resolve("articles.jsonl");
    List<String> lines = new ArrayList<>();
    for (String[] good : GOOD) {
      lines.add(line(good[0], good[2], good[1]));
    }
    ObjectNode numericId = JSON.createObjectNode().put("id", 7).put("text", "Kratom relieves chronic back pain better than prescription drugs.");
    lines.add(JSON.writeValueAsString(numericId));
    // The bad rows.
    lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("text", "Kratom is safe.")));
    lines.add(line("  ", "Kratom is safe.", null));
    lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", "b2")));
    lines.add(line("b3", "Kratom is safe.", "rtf"));
    lines.add(line("b4", "Kratom is safe. ".repeat(200), null));
    lines.add(line("b5", "   \n\n  ", null));
    lines.add(line("b6", "", null));
    lines.add(line("b7", "<script>alert(1)</script>", "html"));
    lines.add("this is not json {");
    Files.write(input, lines);

    Path out = dir.resolve("out-parquet");
    JobSummary summary = CheckRun.run(spark, options(input, DatasetFormat.JSONL, out, DatasetFormat.PARQUET, 3));

    Map<String, String[]> good = goodRows();
    good.put("7", new String[] {"7", null, numericId.get("text").asText()});
    List<Row> findings = spark.read().parquet(out.resolve("findings").toString()).collectAsList();
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).collectAsList();
    List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();

    assertEquals(expectedFindings(good), sorted(findings.stream().map(CheckRunTest::finding)));
    assertEquals(expectedArticles(good), articles.stream().collect(Collectors.toMap(r -> r.<String>getAs("id"), CheckRunTest::article, (a, b) -> a, TreeMap::new)));
    Map<String, String> reasons = new TreeMap<>();
    for (Row e : errors) {
      reasons.merge(Objects.toString(e.getAs("id")), e.getAs("reason"), (a, b) -> a + " | " + b);
      assertTrue(e.<String>getAs("source").endsWith("articles.jsonl"), e.toString());
    }
    assertEquals(Map.of(
        "null", "missing id | missing id | not a JSON object (a line of JSON Lines input that cannot be parsed)",
        "b2", "missing text",
        "b3", "unknown format 'rtf' (expected text, markdown or html)",
        "b4", "text is 3200 bytes, over the limit of 2048 (--max-text-size)",
        "b5", "no text to check (only white space or markup)",
        "b6", "empty text",
        "b7", "no text to check (only white space or markup)"), sortedValues(reasons));
    assertTrue(errors.stream().anyMatch(e -> "this is not json {".equals(e.getAs("excerpt"))), errors.toString());

    assertEquals(new JobSummary(15, 6, findings.size(), 9, summary.seconds()), summary);
    // The texts were chosen to give findings of each kind; a run that finds nothing proves nothing.
    Set<String> categories = findings.stream().map(r -> r.<String>getAs("category")).collect(Collectors.toSet());
    assertEquals(Set.of("claim", "dosing", "overstatement"), categories);
  }

  @Test
  void parquetInJsonLinesOutWithAnyColumnTypesAndNoFormatColumn() throws Exception {
    StructType schema = new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType)
        .add("TEXT", DataTypes.BinaryType);
    List<Row> rows = new ArrayList<>();
    for (String[] good : GOOD) {
      rows.add(RowFactory.create(good[0], "ignored", good[2].getBytes(StandardCharsets.UTF_8)));
    }
    Path input = dir.resolve("articles.parquet");
    spark.createDataFrame(rows, schema).write().parquet(input.toString());

    Path out = dir.resolve("out-jsonl");
    CheckRun.run(spark, options(input, DatasetFormat.PARQUET, out, DatasetFormat.JSONL, 0));

    Map<String, String[]> good = new LinkedHashMap<>();
    for (String[] g : GOOD) {
      good.put(g[0], new String[] {g[0], null, g[2]}); // no format column: every text is plain text
    }
    List<Row> findings = spark.read().json(out.resolve("findings").toString()).collectAsList();
    assertEquals(expectedFindings(good), sorted(findings.stream().map(CheckRunTest::finding)));
    assertEquals(0, spark.read().json(out.resolve("errors").toString()).count());
    // Every line has every column, null where there is no value, so that readers see one shape.
    try (Stream<Path> parts = Files.list(out.resolve("findings"))) {
      List<String> jsonLines = parts.filter(p -> p.getFileName().toString().endsWith(".json"))
          .flatMap(CheckRunTest::readLines).toList();
      assertTrue(jsonLines.stream().anyMatch(l -> l.contains("\"claim_id\":null")), jsonLines.toString());
      assertTrue(jsonLines.stream().allMatch(l -> l.contains("\"claim_rating\":")), jsonLines.toString());
    }
  }

  @Test
  void aDatasetWithoutATextColumnIsRefusedInOneLine() throws Exception {
    Path input = dir.resolve("no-text.parquet");
    spark.createDataFrame(List.of(RowFactory.create("a", "b")),
        new StructType().add("id", DataTypes.StringType).add("body", DataTypes.StringType)).write().parquet(input.toString());
    JobException e = assertThrows(JobException.class,
        () -> CheckRun.run(spark, options(input, DatasetFormat.PARQUET, dir.resolve("never"), DatasetFormat.PARQUET, 0)));
    assertEquals("the input has no 'text' column (it has: id, body); it needs id and text, and may have format", e.getMessage());
  }

  @Test
  void anExistingOutputIsRefusedUnlessOverwriting() throws Exception {
    Path input = dir.resolve("one.jsonl");
    Files.writeString(input, line("o1", "Kratom is a proven treatment for opioid withdrawal.", null) + "\n");
    Path out = dir.resolve("out-twice");
    CheckRun.run(spark, options(input, DatasetFormat.JSONL, out, DatasetFormat.JSONL, 0));
    JobException e = assertThrows(JobException.class,
        () -> CheckRun.run(spark, options(input, DatasetFormat.JSONL, out, DatasetFormat.JSONL, 0)));
    assertEquals(out.resolve("findings") + ": already exists (give another --output, or --overwrite to replace it)", e.getMessage());
    JobOptions again = new JobOptions(input.toString(), DatasetFormat.JSONL, out.toString(), DatasetFormat.JSONL, 0, true,
        new CheckSettings(LIMIT, true));
    assertEquals(1, CheckRun.run(spark, again).articles());
    assertEquals(1, spark.read().json(out.resolve("articles").toString()).count());
  }

  private static JobOptions options(Path in, DatasetFormat inFormat, Path out, DatasetFormat outFormat, int partitions) {
    return new JobOptions(in.toString(), inFormat, out.toString(), outFormat, partitions, false, new CheckSettings(LIMIT, true));
  }

  private static String line(String id, String text, String format) throws IOException {
    ObjectNode o = JSON.createObjectNode().put("id", id).put("text", text);
    if (format != null) {
      o.put("format", format);
    }
    return JSON.writeValueAsString(o);
  }

  private static Map<String, String[]> goodRows() {
    Map<String, String[]> good = new LinkedHashMap<>();
    for (String[] g : GOOD) {
      good.put(g[0], g);
    }
    return good;
  }

  private static ArticleFormat formatOf(String name) {
    return name == null ? ArticleFormat.TEXT : ArticleFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
  }

  private static CheckReport expected(String[] row) throws Exception {
    return inProcess.check(row[0], row[2], formatOf(row[1]), CheckOptions.defaults());
  }

  /** What ClaimChecker finds in-process, one line per finding, offsets in code points counted here. */
  private static List<String> expectedFindings(Map<String, String[]> good) throws Exception {
    List<String> all = new ArrayList<>();
    for (String[] row : good.values()) {
      String text = row[2];
      for (Finding f : expected(row).findings()) {
        int start = text.codePointCount(0, f.start());
        int lineStart = text.lastIndexOf('\n', f.start() - 1) + 1;
        int line = (int) text.substring(0, f.start()).chars().filter(c -> c == '\n').count() + 1;
        int column = text.codePointCount(lineStart, f.start()) + 1;
        all.add(String.join(" | ", row[0], f.category().label(), f.severity().label(), f.rule(),
            f.claim().map(m -> m.claim().id().value()).orElse("null"), f.message(), f.sentence(),
            start + ".." + text.codePointCount(0, f.end()), line + ":" + column));
      }
    }
    assertTrue(all.size() >= 8, "the texts should give findings: " + all);
    return sorted(all.stream());
  }

  private static String finding(Row r) {
    return String.join(" | ", r.getAs("id"), r.getAs("category"), r.getAs("severity"), r.getAs("rule"),
        Objects.toString(r.getAs("claim_id")), r.getAs("message"), r.getAs("sentence"),
        number(r, "start") + ".." + number(r, "end"), number(r, "line") + ":" + number(r, "column"));
  }

  private static Map<String, String> expectedArticles(Map<String, String[]> good) throws Exception {
    Map<String, String> all = new TreeMap<>();
    for (String[] row : good.values()) {
      CheckReport r = expected(row);
      Map<String, Long> byCategory = r.findings().stream().collect(Collectors.groupingBy(f -> f.category().label(), Collectors.counting()));
      all.put(row[0], String.join(" ", r.article().format().name().toLowerCase(Locale.ROOT), r.verdict().label(),
          "findings=" + r.findings().size(), "e/w/i=" + r.counts().errors() + "/" + r.counts().warnings() + "/" + r.counts().infos(),
          "claim/dosing/over/supp=" + byCategory.getOrDefault("claim", 0L) + "/" + byCategory.getOrDefault("dosing", 0L) + "/"
              + byCategory.getOrDefault("overstatement", 0L) + "/" + byCategory.getOrDefault("suppression", 0L),
          "suppressed=" + r.suppressed(), "length=" + row[2].codePointCount(0, row[2].length())));
    }
    return all;
  }

  private static String article(Row r) {
    return String.join(" ", r.getAs("format"), r.getAs("verdict"), "findings=" + number(r, "findings"),
        "e/w/i=" + number(r, "errors") + "/" + number(r, "warnings") + "/" + number(r, "infos"),
        "claim/dosing/over/supp=" + number(r, "claims") + "/" + number(r, "dosing") + "/" + number(r, "overstatements") + "/"
            + number(r, "suppression_problems"),
        "suppressed=" + number(r, "suppressed"), "length=" + number(r, "length"));
  }

  /** An int from Parquet, a long from JSON: the same number either way. */
  private static long number(Row r, String column) {
    return ((Number) r.getAs(column)).longValue();
  }

  private static List<String> sorted(Stream<String> lines) {
    return lines.sorted(Comparator.naturalOrder()).toList();
  }

  private static Map<String, String> sortedValues(Map<String, String> reasons) {
    Map<String, String> sorted = new TreeMap<>();
    reasons.forEach((k, v) -> sorted.put(k, Stream.of(v.split(" \\| ")).sorted().collect(Collectors.joining(" | "))));
    return sorted;
  }

  private static Stream<String> readLines(Path p) {
    try {
      return Files.readAllLines(p).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
