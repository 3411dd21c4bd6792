package dev.claimcheck.report;

import dev.claimcheck.TestFindings;
import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** A small run of three files (a hostile one, a clean one, an unreadable one) for the writers. */
final class ReportFixtures {
  /** Article text that tries to break out of every report format. */
  static final String HOSTILE = """
      # Zorbleweed <script>alert(1)</script>

      Some say zorbleweed cures everything <img src=x onerror=alert(2)> [click](javascript:alert(3)) @octocat | pipe.

      A dose of 90 g of zorbleweed is fine ` ``` ** _x_ & done.
      """;

  static final String HOSTILE_CLAIM = "Some say zorbleweed cures everything <img src=x onerror=alert(2)> [click](javascript:alert(3)) @octocat | pipe.";
  static final String HOSTILE_DOSE = "A dose of 90 g of zorbleweed is fine ` ``` ** _x_ & done.";

  private ReportFixtures() {}

  static List<FileResult> run(boolean keepArticles) {
    try {
      Article hostile = new ArticleReader().read("drafts/<b>evil</b>.md",
          new ByteArrayInputStream(HOSTILE.getBytes(StandardCharsets.UTF_8)), ArticleFormat.TEXT);
      List<Finding> findings = List.of(
          TestFindings.claimFinding(HOSTILE, HOSTILE_CLAIM,
              TestFindings.claim("ZORB_CURES", Rating.UNSUPPORTED, "https://example.org/a?b=1&c=2", "javascript:alert(4)")),
          TestFindings.finding(HOSTILE, HOSTILE_DOSE, Category.DOSING, Severity.ERROR, "unsafe-dose"));
      FileResult first = new FileResult(hostile.path(), Optional.empty(), new LineMap(HOSTILE), findings, 2,
          keepArticles ? Optional.of(hostile) : Optional.empty());
      String cleanText = "Nothing to see.";
      Article clean = new ArticleReader().read("clean.txt", new ByteArrayInputStream(cleanText.getBytes(StandardCharsets.UTF_8)), null);
      FileResult second = new FileResult("clean.txt", Optional.empty(), new LineMap(cleanText), List.of(), 0,
          keepArticles ? Optional.of(clean) : Optional.empty());
      return List.of(first, second, FileResult.failed("missing.md", "missing.md: no such file"));
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }

  static String write(ReportWriter writer) {
    StringWriter sw = new StringWriter();
    writer.write(run(writer.needsArticles()), new PrintWriter(sw));
    return sw.toString();
  }
}
