package dev.claimcheck.report;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.FindingDetail;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.Source;
import dev.claimcheck.ingest.LineMap;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Markdown for a pull-request comment or a note in a CMS: a verdict line and a table of the files
 * that need attention, then each file's findings with the sentence, the claim's rating, verdict and
 * sources. Article text is escaped so that it cannot add markup, links or mentions to the comment.
 * The summary comes first, so files are collected (their findings, never their text) until the end.
 */
public final class MarkdownReportWriter implements ReportWriter {
  /** Files whose sections are written in full; a larger batch lists the rest in the table only. */
  static final int MAX_SECTIONS = 50;

  private final DetailLines details = new DetailLines();

  @Override
  public ReportSession start(PrintWriter out) {
    RunTally tally = new RunTally();
    StringBuilder sections = new StringBuilder();
    int[] written = {0};
    return new ReportSession() {
      @Override
      public void file(FileResult result) {
        tally.add(result);
        if (result.error().isPresent()) {
          return;
        }
        if (!result.findings().isEmpty() && written[0]++ < MAX_SECTIONS) {
          writeSection(sections, result);
        }
      }

      @Override
      public void finish() {
        StringBuilder sb = new StringBuilder();
        FileCounts t = tally.totals();
        sb.append("## claimcheck: ").append(tally.describeVerdicts()).append("\n\n");
        sb.append(t.describe().replace(", ", " · ")).append(tally.suppressed() > 0 ? " · " + tally.suppressed() + " suppressed" : "").append("\n\n");
        List<RunTally.Row> rows = tally.ranked();
        if (rows.size() > 1) {
          sb.append("| | File | Verdict | Errors | Warnings | Info |\n|---|---|---|---:|---:|---:|\n");
          for (RunTally.Row r : rows) {
            sb.append("| ").append(icon(r.verdict())).append(" | ").append(code(r.path())).append(" | ")
                .append(r.verdict().label()).append(" | ").append(r.counts().errors()).append(" | ")
                .append(r.counts().warnings()).append(" | ").append(r.counts().infos()).append(" |\n");
          }
          sb.append('\n');
        }
        sb.append(sections);
        if (written[0] > MAX_SECTIONS) {
          sb.append("_").append(written[0] - MAX_SECTIONS).append(" more files with findings are not shown here; "
              + "use the HTML or JSON report for all of them._\n");
        }
        out.print(sb);
        out.flush();
      }
    };
  }

  private void writeSection(StringBuilder sb, FileResult r) {
    sb.append("### ").append(icon(r.verdict())).append(' ').append(code(r.path())).append(": ")
        .append(r.verdict().label()).append("\n\n");
    for (Finding f : r.findings()) {
      LineMap.Position at = r.lines().position(f.start());
      sb.append("- ").append(icon(f)).append(" **").append(f.severity().label()).append("** line ")
          .append(at.line()).append(':').append(at.column()).append(" · `").append(f.rule()).append("`");
      Optional<Claim> claim = f.claim().map(m -> m.claim());
      if (claim.isPresent()) {
        sb.append(" · ").append(code(claim.get().id().value()));
      }
      sb.append("\n  > ").append(escape(oneLine(f.sentence()))).append("\n\n");
      if (claim.isPresent()) {
        Claim c = claim.get();
        sb.append("  **").append(c.rating().label()).append(":** ").append(escape(c.text())).append(' ')
            .append(escape(c.verdict())).append("\n");
        if (!c.sources().isEmpty()) {
          sb.append("  Sources: ");
          for (int i = 0; i < c.sources().size(); i++) {
            Source s = c.sources().get(i);
            sb.append(i == 0 ? "" : " · ").append(SafeUrl.of(s.url())
                .map(u -> "[" + escape(s.title()) + "](<" + u.value() + ">)").orElse(escape(s.title())));
          }
          sb.append('\n');
        }
      } else {
        sb.append("  ").append(escape(f.message())).append('\n');
      }
      for (FindingDetail d : f.details()) {
        for (DetailLines.Line line : details.of(d)) {
          sb.append("  - ").append(escape(line.label())).append(": ").append(escape(line.value())).append('\n');
        }
      }
      sb.append('\n');
    }
  }

  private static String icon(Verdict v) {
    return switch (v) {
      case REJECT, UNREADABLE -> "🔴";
      case REVISE -> "🟠";
      case PASS -> "🟢";
    };
  }

  private static String icon(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "🔴";
      case WARNING -> "🟠";
      case INFO -> "🔵";
    };
  }

  /**
   * A path or id in backticks; backticks inside are replaced, since Markdown cannot escape them
   * there, and pipes escaped, which GitHub's tables need even inside code.
   */
  private static String code(String text) {
    return "`" + withoutControls(oneLine(text)).replace('`', '\'').replace("|", "\\|") + "`";
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * Escapes text so that Markdown shows it as written: ASCII punctuation that could start markup is
   * backslash-escaped, HTML-significant characters become entities, and an {@code @} gets a
   * zero-width space so that an article cannot mention people in a pull request.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '@' -> sb.append("@\u200b");
        case '\n', '\r', '\u2028', '\u2029' -> sb.append(' ');
        // Article text never starts a line here, so only inline markup needs escaping.
        case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '!', '|', '~' -> sb.append('\\').append(c);
        default -> {
          if (!isControl(c)) {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** Controls (DEL and C1 too) and bidirectional overrides, dropped as in HtmlEscaper. */
  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  private static String withoutControls(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.chars().filter(c -> !isControl((char) c)).forEach(c -> sb.append((char) c));
    return sb.toString();
  }
}
