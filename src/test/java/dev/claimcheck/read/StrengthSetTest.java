package dev.claimcheck.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import dev.claimcheck.match.MatchedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The strength of sentences in the style of health news and study conclusions, graded on the four
 * levels (none, correlational, conditional, direct). strength-set.tsv was written first and the
 * reader developed against it; strength-set-2.tsv was written before the reader was run on it, to
 * measure how the reader generalises. Each must reach its macro F1 floor.
 */
class StrengthSetTest {
  @ParameterizedTest
  @CsvSource({"strength-set.tsv, 0.95", "strength-set-2.tsv, 0.90"})
  void gradesTheSetAtItsFloor(String file, double floor) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/dev/claimcheck/read", file))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t", 2));
      }
    }
    assertTrue(rows.size() >= 40, file + " is too small");
    String text = String.join("\n\n", rows.stream().map(r -> r[1]).toList()) + "\n";
    Article article;
    try {
      article = new ArticleReader().read("strength", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          ArticleFormat.TEXT);
    } catch (InputException e) {
      throw new AssertionError(e);
    }
    MatchedArticle matched = TestPipeline.matcher().match(TestPipeline.analyzer().analyze(article));
    assertTrue(matched.sentences().size() == rows.size(), "one sentence per line");
    List<String> mistakes = new ArrayList<>();
    int[][] confusion = new int[4][4];
    for (int i = 0; i < rows.size(); i++) {
      Strength want = Strength.valueOf(rows.get(i)[0].toUpperCase(java.util.Locale.ROOT));
      Strength got = matched.sentences().get(i).reading().strength();
      confusion[want.ordinal()][got.ordinal()]++;
      if (want != got) {
        mistakes.add(want.label() + " read as " + got.label() + ": " + rows.get(i)[1]);
      }
    }
    double macro = 0;
    for (int k = 0; k < 4; k++) {
      int tp = confusion[k][k];
      int fp = 0;
      int fn = 0;
      for (int o = 0; o < 4; o++) {
        if (o != k) {
          fp += confusion[o][k];
          fn += confusion[k][o];
        }
      }
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
      macro += (p + r == 0 ? 0 : 2 * p * r / (p + r)) / 4;
    }
    assertTrue(macro >= floor, file + ": macro F1 " + macro + " < " + floor + "\n" + String.join("\n", mistakes));
  }
}
