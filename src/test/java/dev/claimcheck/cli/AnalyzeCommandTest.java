package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code claimcheck analyze} on the reader's test file (src/test/resources/dev/claimcheck/read/frames.tsv):
 * 64 sentences of varied wording, each with the frames it must give, written as one article so
 * that pronouns stand for its main subject.
 */
class AnalyzeCommandTest {
  private record Expected(String sentence, List<String> frames) {}

  @Test
  void readsEveryTestSentenceAsExpected(@TempDir Path dir) throws IOException {
    List<Expected> expected = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/dev/claimcheck/read/frames.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      expected.add(new Expected(parts[0], parts[1].equals("none") ? List.of() : List.of(parts[1].split(" \\| "))));
    }
    assertTrue(expected.size() >= 60, "the test file has at least 60 sentences");
    Path article = dir.resolve("frames.txt");
    Files.writeString(article, String.join("\n\n", expected.stream().map(Expected::sentence).toList()) + "\n",
        StandardCharsets.UTF_8);
    JsonNode file = analyze(article).get("files").get(0);
    JsonNode sentences = file.get("sentences");
    assertEquals(expected.size(), sentences.size());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      List<String> got = new ArrayList<>();
      for (JsonNode f : sentences.get(i).get("frames")) {
        got.add(String.join(" ", text(f, "subject"), f.get("relation").asText(), text(f, "outcome"),
            f.get("polarity").asText(), f.get("attribution").asText(), f.get("strength").asText()));
      }
      Expected e = expected.get(i);
      boolean ok = e.frames().isEmpty() ? got.stream().allMatch(g -> g.startsWith("- ")) : got.containsAll(e.frames());
      if (!ok) {
        failures.add(e.sentence() + "\n    want " + e.frames() + "\n    got  " + got);
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " sentences read otherwise:\n" + String.join("\n", failures));
  }

  @Test
  void writesTheContractFields(@TempDir Path dir) throws IOException {
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "Turmeric may ease joint pain.\n\nThe trial enrolled 40 adults.\n", StandardCharsets.UTF_8);
    JsonNode s = analyze(article).get("files").get(0).get("sentences");
    assertEquals("conditional", s.get(0).get("strength").asText());
    JsonNode frame = s.get(0).get("frames").get(0);
    for (String field : List.of("subject", "subjectText", "relation", "outcome", "outcomeText", "polarity", "attribution",
        "strength", "boosters", "claim")) {
      assertTrue(frame.has(field), field);
    }
    assertEquals("contested", frame.get("claim").get("rating").asText());
    assertTrue(s.get(1).get("span").get("start").asInt() > 0);
    assertEquals("none", s.get(1).get("strength").asText());
  }

  private static JsonNode analyze(Path article) throws IOException {
    StringWriter out = new StringWriter();
    CommandLine cli = ClaimCheckCommand.newCommandLine(new TestCommands(List.of()));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int code = cli.execute("analyze", "--format", "json", article.toString());
    assertEquals(0, code);
    return new ObjectMapper().readTree(out.toString());
  }

  private static String text(JsonNode f, String field) {
    return f.get(field).isNull() ? "-" : Objects.toString(f.get(field).asText());
  }
}
