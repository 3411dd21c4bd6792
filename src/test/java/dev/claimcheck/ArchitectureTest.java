package dev.claimcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between packages point one way (design.md), and only the packages that read or
 * write files in a data format import Jackson. Scans the main sources as text, like Checkstyle's
 * import control.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/dev/claimcheck");
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.claimcheck\\.(\\w+)\\.");
  private static final Set<String> ANALYSIS = Set.of("ingest", "lexicon", "segment", "claims", "vocabulary", "read", "match",
      "check");

  /** Which internal packages each package may use (besides itself). */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("ingest", Set.<String>of()),
      Map.entry("lexicon", Set.<String>of()),
      Map.entry("claims", Set.of("lexicon")),
      Map.entry("segment", Set.of("ingest", "lexicon")),
      Map.entry("vocabulary", Set.of("claims", "segment", "ingest", "lexicon")),
      Map.entry("read", Set.of("vocabulary", "claims", "segment", "ingest", "lexicon")),
      Map.entry("match", Set.of("read", "vocabulary", "claims", "segment", "ingest", "lexicon")),
      Map.entry("check", Set.of("match", "read", "vocabulary", "claims", "segment", "ingest", "lexicon")),
      Map.entry("dosing", ANALYSIS),
      Map.entry("overstatement", ANALYSIS),
      Map.entry("report", Set.of("check", "claims", "match", "read", "vocabulary", "ingest", "segment")),
      Map.entry("config", Set.of("check")),
      Map.entry("suppress", Set.of("check", "claims", "match", "ingest")),
      Map.entry("batch", Set.<String>of()),
      Map.entry("api", Set.of("check", "claims", "match", "read", "vocabulary", "ingest", "segment", "lexicon", "dosing",
          "overstatement", "report", "suppress")),
      Map.entry("claimreview", Set.of("api", "claims", "match", "read", "ingest")),
      // The HTTP service checks only through the library API and writes the report writers' JSON.
      Map.entry("server", Set.of("api", "check", "claims", "ingest", "report")));

  /**
   * The packages that read or write a data format: claims (the YAML database), report (JSON,
   * JSON Lines, SARIF), config (.claimcheck.yaml, with line and column for every problem), suppress
   * (reads an earlier JSON report as a baseline), claimreview (reads fact checks published as
   * ClaimReview JSON-LD), server (reads JSON request bodies, writes the claims and error bodies) and cli.
   */
  private static final Set<String> MAY_USE_JACKSON = Set.of("claims", "report", "cli", "config", "suppress", "claimreview",
      "server");

  @Test
  void packagesDependOneWay() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      String pkg = packageOf(file);
      Set<String> allowed = ALLOWED.get(pkg);
      if (allowed == null) {
        continue; // cli and the root wire everything
      }
      Matcher m = REFERENCE.matcher(Files.readString(file).replaceFirst("package [^;]+;", ""));
      while (m.find()) {
        String used = m.group(1);
        if (!used.equals(pkg) && !allowed.contains(used) && Character.isLowerCase(used.charAt(0))) {
          violations.add(MAIN.relativize(file) + " (" + pkg + ") uses " + used);
        }
      }
    }
    assertTrue(violations.isEmpty(), "dependency rules broken:\n" + String.join("\n", violations));
  }

  @Test
  void jacksonStaysAtTheEdges() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      if (!MAY_USE_JACKSON.contains(packageOf(file)) && Files.readString(file).contains("com.fasterxml.jackson")) {
        violations.add(MAIN.relativize(file).toString());
      }
    }
    assertTrue(violations.isEmpty(), "Jackson used outside " + MAY_USE_JACKSON + ": " + violations);
  }

  @Test
  void everyPackageSaysWhatItOwns() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        if (!Files.exists(dir.resolve("package-info.java"))) {
          missing.add(dir.getFileName().toString());
        }
      }
    }
    assertTrue(missing.isEmpty(), "packages without package-info.java: " + missing);
  }

  /**
   * Every regular expression is a literal in the code, never text from a database or an article: a
   * pattern from data could backtrack for ever (ReDoS). If data ever needs patterns, use re2j.
   */
  @Test
  void regularExpressionsComeOnlyFromLiterals() throws IOException {
    // ".matches(" is left out: PathMatcher and the suppression selectors have matches() methods
    // that take paths and findings. String.matches with a non-literal would slip through here.
    Pattern regexCall = Pattern.compile("(?:Pattern\\.(?:compile|matches)|\\.(?:replaceAll|replaceFirst))\\(\\s*([^\\s)])");
    List<String> violations = new ArrayList<>();
    for (Path file : sources()) {
      Matcher m = regexCall.matcher(Files.readString(file));
      while (m.find()) {
        if (!m.group(1).equals("\"")) {
          violations.add(MAIN.relativize(file) + ": " + m.group());
        }
      }
    }
    assertTrue(violations.isEmpty(), "regular expressions not written as literals: " + violations);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static String packageOf(Path file) {
    Path rel = MAIN.relativize(file);
    return rel.getNameCount() == 1 ? "" : rel.getName(0).toString();
  }
}
