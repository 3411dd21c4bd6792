package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.Source;
import dev.claimcheck.ingest.LineMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a rule per rule id (for
 * claim findings one rule per claim, {@code unsupported-claim/KRATOM_IS_SAFE}, whose help is the
 * claim's verdict and sources), a result per finding with its region (columns in code points, as
 * {@code columnKind} says), and unreadable files as tool execution notifications.
 *
 * <p>Results are written as files arrive; the rules they use are written after them, in order of
 * first use, so that the report is the same for any number of jobs.
 */
public final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final String version;
  private final String informationUri;

  public SarifReportWriter(String version, String informationUri) {
    this.version = version;
    this.informationUri = informationUri;
  }

  /** A rule seen in the run, with a finding that shows what it is about. */
  private record Rule(String id, Finding example) {}

  @Override
  public ReportSession start(PrintWriter out) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Rule> rules = new ArrayList<>();
    Map<String, Integer> artifactIndex = new LinkedHashMap<>();
    List<String[]> notifications = new ArrayList<>();
    JsonGenerator g;
    try {
      g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
      g.setCharacterEscapes(new JsonTextEscapes());
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("results");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportSession() {
      @Override
      public void file(FileResult result) {
        if (result.error().isPresent()) {
          notifications.add(new String[] {result.path(), result.error().get()});
          return;
        }
        int artifact = artifactIndex.computeIfAbsent(result.path(), p -> artifactIndex.size());
        try {
          for (Finding f : result.findings()) {
            String id = ruleId(f);
            int index = ruleIndex.computeIfAbsent(id, k -> {
              rules.add(new Rule(k, f));
              return rules.size() - 1;
            });
            writeResult(g, f, id, index, result, artifact);
          }
          g.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finish() {
        try {
          g.writeEndArray();
          writeTool(g, rules);
          g.writeArrayFieldStart("artifacts");
          for (String path : artifactIndex.keySet()) {
            g.writeStartObject();
            writeArtifactLocation(g, path, -1);
            g.writeEndObject();
          }
          g.writeEndArray();
          writeInvocation(g, notifications);
          g.writeEndObject();
          g.writeEndArray();
          g.writeEndObject();
          g.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
      }
    };
  }

  static String ruleId(Finding f) {
    return f.claim().map(m -> f.rule() + "/" + m.claim().id().value()).orElse(f.rule());
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static void writeResult(JsonGenerator g, Finding f, String ruleId, int ruleIndex, FileResult r, int artifact)
      throws IOException {
    LineMap.Position start = r.lines().position(f.start());
    LineMap.Position end = r.lines().position(f.end());
    g.writeStartObject();
    g.writeStringField("ruleId", ruleId);
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    writeArtifactLocation(g, r.path(), artifact);
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", start.line());
    g.writeNumberField("startColumn", start.column());
    g.writeNumberField("endLine", end.line());
    g.writeNumberField("endColumn", end.column());
    g.writeNumberField("charOffset", start.offset());
    g.writeNumberField("charLength", end.offset() - start.offset());
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    // Lets code scanning follow a finding across edits, like --baseline: rule, claim and sentence.
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField("claimcheckFinding/v1", fingerprint(ruleId + "\u0000" + f.sentence().strip().replaceAll("\\s+", " ")));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("category", f.category().label());
    g.writeStringField("sentence", f.sentence());
    if (f.claim().isPresent()) {
      g.writeStringField("claimId", f.claim().get().claim().id().value());
      g.writeStringField("rating", f.claim().get().claim().rating().label());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * A relative path becomes a relative URI reference (GitHub resolves it against the repository
   * root); {@code -} (stdin) stays as it is.
   */
  private static void writeArtifactLocation(JsonGenerator g, String path, int index) throws IOException {
    g.writeObjectFieldStart(index >= 0 ? "artifactLocation" : "location");
    g.writeStringField("uri", uri(path));
    if (index >= 0) {
      g.writeNumberField("index", index);
    }
    g.writeEndObject();
  }

  static String uri(String path) {
    String slashes = path.replace('\\', '/');
    while (slashes.startsWith("./")) {
      slashes = slashes.substring(2);
    }
    StringBuilder sb = new StringBuilder();
    for (byte b : slashes.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return slashes.startsWith("/") ? "file://" + sb : sb.toString();
  }

  private void writeTool(JsonGenerator g, List<Rule> rules) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "claimcheck");
    g.writeStringField("version", version);
    if (version.matches("\\d+\\.\\d+\\.\\d+.*")) {
      g.writeStringField("semanticVersion", version);
    }
    g.writeStringField("informationUri", informationUri);
    g.writeArrayFieldStart("rules");
    for (Rule rule : rules) {
      writeRule(g, rule);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeRule(JsonGenerator g, Rule rule) throws IOException {
    Finding f = rule.example();
    g.writeStartObject();
    g.writeStringField("id", rule.id());
    String shortText;
    String fullText;
    String helpText;
    String helpMarkdown;
    String helpUri = null;
    if (f.claim().isPresent()) {
      Claim c = f.claim().get().claim();
      shortText = c.text();
      fullText = c.text() + " Rated " + c.rating().label() + ": " + c.verdict();
      StringBuilder text = new StringBuilder(fullText).append("\n\nSources:");
      StringBuilder md = new StringBuilder("**").append(markdown(c.text())).append("**\n\nRated **")
          .append(c.rating().label()).append("**: ").append(markdown(c.verdict())).append("\n\nSources:\n");
      for (Source s : c.sources()) {
        text.append("\n- ").append(s.title()).append(" <").append(s.url()).append('>');
        md.append("\n- ").append(SafeUrl.of(s.url()).map(u -> "[" + markdown(s.title()) + "](<" + u.value() + ">)")
            .orElse(markdown(s.title())));
      }
      helpText = text.toString();
      helpMarkdown = md.toString();
      helpUri = c.sources().stream().map(s -> SafeUrl.of(s.url())).flatMap(java.util.Optional::stream)
          .map(SafeUrl::value).findFirst().orElse(null);
    } else {
      RuleDescriptions.Description d = RuleDescriptions.of(f.rule(), f);
      shortText = d.shortText();
      fullText = d.fullText();
      helpText = d.fullText();
      helpMarkdown = markdown(d.fullText());
    }
    g.writeStringField("name", camel(f.rule()));
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", shortText);
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", fullText);
    g.writeEndObject();
    g.writeObjectFieldStart("help");
    g.writeStringField("text", helpText);
    g.writeStringField("markdown", helpMarkdown);
    g.writeEndObject();
    if (helpUri != null) {
      g.writeStringField("helpUri", helpUri);
    }
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(f.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString("health");
    g.writeString(f.category().label());
    g.writeEndArray();
    g.writeStringField("precision", "medium");
    g.writeStringField("problem.severity", f.severity() == Severity.INFO ? "recommendation" : level(f.severity()));
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeInvocation(JsonGenerator g, List<String[]> notifications) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", notifications.isEmpty());
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (String[] n : notifications) {
      g.writeStartObject();
      g.writeStringField("level", "error");
      g.writeObjectFieldStart("message");
      g.writeStringField("text", n[1]);
      g.writeEndObject();
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", uri(n[0]));
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  /** "unsupported-claim" becomes "UnsupportedClaim", SARIF's convention for rule names. */
  private static String camel(String rule) {
    StringBuilder sb = new StringBuilder();
    for (String part : rule.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  private static String markdown(String text) {
    return MarkdownReportWriter.escape(text);
  }

  private static String fingerprint(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
