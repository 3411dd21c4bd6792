package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The editors' and moderators' workflow end to end: batches, formats, configuration, baseline, suppressions. */
class WorkflowTest {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private static CheckCommandTest.Run run(String... args) {
    return CheckCommandTest.run(args);
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  /** A made-up herb with one unsupported claim, so these tests do not depend on the kratom content. */
  private Path herbDb() throws IOException {
    return HerbDatabase.write(dir);
  }

  @Test
  void htmlAndMarkdownCopiesGiveTheSameFindingsAtTheirOwnLinesAndColumns() throws Exception {
    Path md = Path.of("src/test/resources/articles/paired/kratom-detox.md");
    Path html = Path.of("src/test/resources/articles/paired/kratom-detox.html");
    CheckCommandTest.Run r = run("check", "--no-config", "--format", "json", "--fail-on", "none", md.toString(), html.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode files = json.readTree(r.out()).get("files");
    List<String> mdFindings = new ArrayList<>();
    List<String> htmlFindings = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String source = Files.readString(i == 0 ? md : html);
      for (JsonNode f : files.get(i).get("findings")) {
        (i == 0 ? mdFindings : htmlFindings).add(f.get("rule").asText() + " " + f.path("claim").path("id").asText() + " "
            + f.get("sentence").asText().replace('\u00a0', ' '));
        assertPointsAtTheSentence(source, f);
      }
    }
    assertTrue(mdFindings.size() >= 5, "the article should give findings: " + mdFindings);
    assertEquals(mdFindings, htmlFindings);
  }

  /** The span starts where the sentence's first word is in the source, and line:col says the same. */
  private static void assertPointsAtTheSentence(String source, JsonNode f) {
    JsonNode span = f.get("span");
    int start = source.offsetByCodePoints(0, span.get("start").asInt());
    String firstWord = f.get("sentence").asText().split("\\s+")[0];
    assertTrue(source.startsWith(firstWord, start), "span of \"" + f.get("sentence").asText() + "\" starts at: "
        + source.substring(start, Math.min(source.length(), start + 30)));
    int line = 1 + (int) source.substring(0, start).chars().filter(c -> c == '\n').count();
    int column = start - (source.lastIndexOf('\n', start - 1) + 1) + 1;
    assertEquals(line, span.get("line").asInt(), f.toString());
    assertEquals(column, span.get("column").asInt(), f.toString());
    assertFalse(source.substring(0, start).contains("```text\nKratom is completely safe") && source.startsWith("Kratom is completely safe", start),
        "code blocks are never checked");
  }

  @Test
  void inputFormatOverridesTheExtension() throws Exception {
    Path page = file("export.txt", "<html><body><nav>Menu</nav><p>First &amp; only.</p><p>Second one.</p></body></html>");
    CheckCommandTest.Run asHtml = run("sentences", "--input-format", "html", "--format", "json", page.toString());
    JsonNode sentences = json.readTree(asHtml.out()).get("files").get(0).get("sentences");
    assertEquals(List.of("First & only.", "Second one."), sentences.findValuesAsText("text"));
    assertEquals(Files.readString(page).indexOf("First"), sentences.get(0).get("start").asInt());
    CheckCommandTest.Run asText = run("sentences", "--format", "json", page.toString());
    assertTrue(json.readTree(asText.out()).get("files").get(0).get("sentences").get(0).get("text").asText().startsWith("<html>"));
  }

  @Test
  void aDirectoryGivesTheSameReportWithOneJobOrTwo() throws Exception {
    String db = herbDb().toString();
    for (int i = 0; i < 6; i++) {
      file("queue/batch-" + i + "/post.md", "# Post " + i + "\n\nIntro " + i + ".\n\nZorbleweed can cure everything, fans say.\n");
      file("queue/batch-" + i + "/page.html", "<p>Page " + i + ". The weed will cure everything.</p>");
    }
    file("queue/notes.docx", "not an article");
    file("queue/empty.txt", "");
    String queue = dir.resolve("queue").toString();
    for (String format : List.of("json", "html", "sarif")) {
      CheckCommandTest.Run one = run("check", "--no-config", "--db", db, "--format", format, "--jobs", "1", queue);
      CheckCommandTest.Run two = run("check", "--no-config", "--db", db, "--format", format, "--jobs", "2", queue);
      assertEquals(2, one.code(), "the empty file is an input error: " + one.err());
      assertEquals(one.out(), two.out(), format + " report differs between --jobs 1 and --jobs 2");
      assertEquals(one.err(), two.err());
    }
    JsonNode files = json.readTree(run("check", "--no-config", "--db", db, "--format", "json", queue).out()).get("files");
    assertEquals(13, files.size(), "12 articles and the empty file; the .docx is not included");
    assertTrue(files.get(0).get("path").asText().endsWith("batch-0" + java.io.File.separator + "page.html"), files.get(0).toString());
    assertEquals("empty file", files.get(12).get("error").asText().replaceAll(".*: ", ""));
  }

  @Test
  void jsonLinesStreamsOneObjectPerFileAsEachFinishes() throws Exception {
    String db = herbDb().toString();
    Path a = file("a.txt", "Zorbleweed can cure everything.\n");
    Path b = file("b.txt", "Nothing here.\n");
    List<String> snapshots = new ArrayList<>();
    StringWriter sink = new StringWriter() {
      @Override
      public void flush() {
        snapshots.add(toString());
      }
    };
    CommandLine cmd = ClaimCheckCommand.newCommandLine();
    cmd.setOut(new PrintWriter(sink));
    cmd.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cmd.execute("check", "--no-config", "--db", db, "--format", "jsonl", "--jobs", "1", a.toString(), b.toString()));
    assertTrue(snapshots.stream().anyMatch(s -> s.lines().count() == 1 && s.endsWith("\n")),
        "the first file's line was flushed on its own: " + snapshots);
    List<String> lines = sink.toString().lines().toList();
    assertEquals(2, lines.size());
    assertEquals(a.toString(), json.readTree(lines.get(0)).get("path").asText());
    assertEquals("ZORBLEWEED_CURES_EVERYTHING", json.readTree(lines.get(0)).get("findings").get(0).get("claim").get("id").asText());
  }

  @Test
  void outputGoesToTheFileAtomically() throws Exception {
    Path article = file("a.txt", "Zorbleweed can cure everything.\n");
    Path report = dir.resolve("out/report.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, "old report");
    CheckCommandTest.Run r = run("check", "--no-config", "--db", herbDb().toString(), "--format", "markdown", "-o", report.toString(), article.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(report).startsWith("## claimcheck: 1 file: 0 reject, 1 revise, 0 pass"), Files.readString(report));
    try (Stream<Path> left = Files.list(report.getParent())) {
      assertEquals(List.of(report), left.toList(), "no temporary file is left");
    }
    CheckCommandTest.Run bad = run("check", "--no-config", "-o", dir.resolve("no/such/dir/r.json").toString(), article.toString());
    assertEquals(2, bad.code());
    assertEquals(1, bad.errLines().size(), bad.err());
  }

  @Test
  void configurationSwitchesRulesAndTheExitCodeAndRejectsUnknownKeys() throws Exception {
    Path article = file("a.md", "Zorbleweed can cure everything.\n\nThe weed will cure everything, they say.\n");
    Path config = file("project/.claimcheck.yaml", "db: [../herb-db]\nseverity:\n  ZORBLEWEED_CURES_EVERYTHING: error\nfail-on: error\n");
    herbDb();
    CheckCommandTest.Run r = run("check", "--config", config.toString(), "--format", "json", article.toString());
    assertEquals(1, r.code(), "the override makes the finding an error: " + r.err());
    JsonNode findings = json.readTree(r.out()).get("files").get(0).get("findings");
    assertEquals("error", findings.get(0).get("severity").asText());
    assertEquals("reject", json.readTree(r.out()).get("files").get(0).get("verdict").asText());

    // Switching the claim off also silences other checks' findings about it (overstatement).
    CheckCommandTest.Run off = run("check", "--config", config.toString(), "--disable", "ZORBLEWEED_CURES_EVERYTHING", "--format", "json", article.toString());
    assertEquals(0, off.code(), off.err());
    assertEquals(0, json.readTree(off.out()).get("files").get(0).get("findings").size());

    Path bad = file("bad/.claimcheck.yaml", "fail_on: warning\n");
    CheckCommandTest.Run broken = run("check", "--config", bad.toString(), article.toString());
    assertEquals(2, broken.code());
    assertEquals(List.of(bad + ":1:1: unknown key \"fail_on\" (known keys: baseline, db, disable, exclude, fail-on, include, inline-suppressions, min-severity, severity)"),
        broken.errLines());
  }

  @Test
  void aBaselineHidesReviewedFindingsEvenAfterEdits() throws Exception {
    String db = herbDb().toString();
    Path article = file("drafts/a.md", "Zorbleweed can cure everything.\n");
    Path baseline = dir.resolve("reviewed.json");
    String before = run("check", "--no-config", "--db", db, "--format", "json", article.toString()).out();
    Files.writeString(baseline, before);
    int reviewed = json.readTree(before).get("files").get(0).get("findings").size();
    // Edited: a new paragraph above moves the reviewed sentence; a new claim is added below.
    Files.writeString(article, "# Title\n\nA new intro.\n\nZorbleweed can cure everything.\n\nThe weed will cure everything.\n");
    CheckCommandTest.Run r = run("check", "--no-config", "--db", db, "--format", "json", "--baseline", baseline.toString(), article.toString());
    JsonNode file = json.readTree(r.out()).get("files").get(0);
    assertFalse(file.get("findings").isEmpty(), file.toString());
    assertEquals(List.of("The weed will cure everything."),
        file.get("findings").findValuesAsText("sentence").stream().distinct().toList(), "only the new sentence");
    assertEquals(reviewed, file.get("suppressed").asInt());
  }

  @Test
  void suppressionCommentsWorkInMarkdownAndHtmlAndNeedAReason() throws Exception {
    String db = herbDb().toString();
    Path md = file("s.md", """
        <!-- claimcheck-disable-next-line ZORBLEWEED_CURES_EVERYTHING: quoted in order to debunk it -->
        Zorbleweed can cure everything.

        <!-- claimcheck-disable-next-line ZORBLEWEED_CURES_EVERYTHING -->
        The weed will cure everything.
        """);
    Path html = file("s.html", """
        <p>Zorbleweed can cure everything.</p>
        <!-- claimcheck-disable unsupported-claim, overstatement: the next part is a reader's letter -->
        <blockquote><p>The weed will cure everything.</p></blockquote>
        <!-- claimcheck-enable -->
        <p>Zorbleweed may cure everything.</p>
        """);
    CheckCommandTest.Run r = run("check", "--no-config", "--db", db, "--format", "json", md.toString(), html.toString());
    JsonNode files = json.readTree(r.out()).get("files");
    JsonNode mdFindings = files.get(0).get("findings");
    assertEquals("suppression-without-reason", mdFindings.get(0).get("rule").asText());
    assertEquals(4, mdFindings.get(0).get("span").get("line").asInt());
    List<Integer> lines = new ArrayList<>();
    mdFindings.forEach(f -> lines.add(f.get("span").get("line").asInt()));
    assertFalse(lines.contains(2), "the reasoned suppression holds back line 2: " + lines);
    assertTrue(lines.contains(5), "the one without a reason holds back nothing: " + lines);
    assertTrue(files.get(0).get("suppressed").asInt() >= 1);
    List<String> htmlSentences = files.get(1).get("findings").findValuesAsText("sentence").stream().distinct().toList();
    assertEquals(List.of("Zorbleweed can cure everything.", "Zorbleweed may cure everything."), htmlSentences);

    CheckCommandTest.Run moderated = run("check", "--no-config", "--db", db, "--format", "json", "--no-inline-suppressions", html.toString());
    assertEquals(3, json.readTree(moderated.out()).get("files").get(0).get("findings").findValuesAsText("sentence").stream().distinct().count(),
        "submitters cannot silence the checker");
  }
}
