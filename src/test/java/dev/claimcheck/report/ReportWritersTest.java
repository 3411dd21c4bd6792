package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON, JSON Lines, Markdown, text and HTML writers on the same small run. */
class ReportWritersTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void jsonAddsVerdictsCountsAndARankedSummary() throws Exception {
    JsonNode report = json.readTree(ReportFixtures.write(new JsonReportWriter("1.2.3")));
    JsonNode hostile = report.get("files").get(0);
    assertEquals("reject", hostile.get("verdict").asText());
    assertEquals(1, hostile.get("counts").get("error").asInt());
    assertEquals(2, hostile.get("suppressed").asInt());
    assertEquals("pass", report.get("files").get(1).get("verdict").asText());
    assertEquals("unreadable", report.get("files").get(2).get("verdict").asText());
    JsonNode summary = report.get("summary");
    assertEquals(3, summary.get("files").asInt());
    assertEquals(2, summary.get("checked").asInt());
    assertEquals(1, summary.get("verdicts").get("reject").asInt());
    assertEquals(List.of("drafts/<b>evil</b>.md", "missing.md", "clean.txt"),
        summary.get("ranking").findValuesAsText("path"));
  }

  @Test
  void jsonFollowsTheDocumentedSchema() throws Exception {
    JsonNode report = json.readTree(ReportFixtures.write(new JsonReportWriter("1.2.3")));
    try (InputStream in = Files.newInputStream(Path.of("docs/report.schema.json"))) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      Set<ValidationMessage> problems = schema.validate(report);
      assertTrue(problems.isEmpty(), "report does not follow docs/report.schema.json: " + problems);
    }
  }

  @Test
  void jsonLinesWritesEachFileAsSoonAsItArrives() throws Exception {
    StringWriter sw = new StringWriter();
    ReportSession session = new JsonLinesReportWriter().start(new PrintWriter(sw));
    List<FileResult> run = ReportFixtures.run(false);
    session.file(run.get(0));
    assertEquals(1, sw.toString().lines().count(), "the first file is out before the second is checked");
    session.file(run.get(1));
    session.file(run.get(2));
    session.finish();
    List<String> lines = sw.toString().lines().toList();
    assertEquals(3, lines.size());
    for (String line : lines) {
      JsonNode file = json.readTree(line);
      assertTrue(file.has("path") && file.has("findings") && file.has("verdict"), line);
    }
    assertEquals("missing.md: no such file", json.readTree(lines.get(2)).get("error").asText());
  }

  @Test
  void markdownEscapesArticleTextAndLinksOnlyWebSources() {
    String md = ReportFixtures.write(new MarkdownReportWriter());
    assertTrue(md.startsWith("## claimcheck: 3 files: 1 reject, 0 revise, 1 pass, 1 unreadable\n"), md);
    assertTrue(md.contains("| 🔴 | `drafts/<b>evil</b>.md` | reject | 1 | 1 | 0 |"), md);
    assertTrue(md.contains("\n1 error · 1 warning · 0 info · 2 suppressed\n"), md);
    assertTrue(md.contains("[Source at https://example.org/a?b=1&amp;c=2](<https://example.org/a?b=1&c=2>)"), md);
    assertFalse(md.contains("](<javascript:") || md.contains("](javascript:"), md);
    assertFalse(md.contains("<img") || md.contains("<script"), md);
    assertTrue(md.contains("&lt;img src=x onerror=alert\\(2\\)&gt;"), md);
    assertTrue(md.contains("@\u200boctocat"), "no mentions from article text");
    assertTrue(md.contains("\\| pipe"), "no table breaks");
  }

  @Test
  void textEndsWithTheModeratorSummary() {
    String text = ReportFixtures.write(new TextReportWriter(false));
    assertTrue(text.contains("Summary: 3 files: 1 reject, 0 revise, 1 pass, 1 unreadable"), text);
    assertTrue(text.indexOf("reject     drafts/<b>evil</b>.md") < text.indexOf("unreadable missing.md"), text);
    assertTrue(text.strip().endsWith("2 files checked: 1 error, 1 warning, 0 info (2 suppressed)"), text);
  }

  @Test
  void htmlEscapesEverythingAndAllowsNoScript() {
    String html = ReportFixtures.write(new HtmlReportWriter("1.2.3"));
    assertFalse(html.contains("<script"), "no script element at all");
    assertFalse(html.contains("<img"), html);
    assertFalse(html.matches("(?s).*<[^>]*\\son\\w+=.*"), "no event handler attribute in any tag");
    assertFalse(html.contains("href=\"javascript:"), html);
    assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
    assertTrue(html.contains("drafts/&lt;b&gt;evil&lt;/b&gt;.md"), html);
    assertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\""), html);
    assertTrue(html.contains("<li>Source at javascript:alert(4)</li>"), "unsafe sources are text");
    assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"), html);
    assertTrue(html.contains(HtmlReportWriter.cspHash(HtmlReportStyle.CSS)), "the policy allows exactly the style sheet");
    assertTrue(html.contains("<mark class=\"hl sev-warning\" id=\"mf0-1\">"), html);
    assertTrue(html.contains("<span class=\"verdict v-reject\">reject</span>"), html);
    assertTrue(html.contains("<a href=\"#file-2\">missing.md</a>"), "the index links every file");
  }
}
