package dev.claimcheck.dosing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clinical buprenorphine schedule (an approved drug, doses set by a prescriber, within the label)
 * is not unsafe dosing advice: the article in src/test/resources/articles must give no dosing
 * finding, although it is full of doses.
 */
class ClinicalArticleTest {
  @Test
  void clinicalBuprenorphineScheduleIsNotFlagged() throws Exception {
    DosingCheckTest.pipeline();
    Path file = Path.of("src/test/resources/articles/buprenorphine-induction-dosing.md");
    var article = new ArticleReader().read(file, null);
    List<Finding> dosing = DosingCheckTest.checker().check(DosingCheckTest.analyzer().analyze(article)).stream()
        .filter(f -> f.category() == Category.DOSING).toList();
    assertTrue(dosing.isEmpty(), "dosing findings on a clinical schedule: " + dosing);
  }
}
