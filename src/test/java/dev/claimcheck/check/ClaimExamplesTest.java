package dev.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.lexicon.Cue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example and counterexample of the built-in database, one test each, through the real
 * pipeline: the same thing {@code claimcheck db test} runs, so the database cannot silently rot.
 */
class ClaimExamplesTest {
  private final ClaimDatabase db = TestPipeline.db();
  private final ClaimExampleRunner runner = new ClaimExampleRunner(db, TestPipeline.analyzer(), TestPipeline.matcher());

  @TestFactory
  Stream<DynamicTest> claimExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Claim claim : db.claims()) {
      addAll(tests, claim.id() + " example #", claim.examples(), s -> runner.check(claim, s, true));
      addAll(tests, claim.id() + " counterexample #", claim.counterexamples(), s -> runner.check(claim, s, false));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> rowExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (dev.claimcheck.claims.EvidenceRow row : db.rows()) {
      String id = row.claim().id().value();
      addAll(tests, id + " example #", row.claim().examples(), s -> runner.check(row, s, true));
      addAll(tests, id + " counterexample #", row.claim().counterexamples(), s -> runner.check(row, s, false));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> cueExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Cue cue : db.cues().cues()) {
      String name = cue.kind().name().toLowerCase(java.util.Locale.ROOT) + " \"" + cue.phrase() + "\"";
      addAll(tests, name + " example #", cue.examples(), s -> runner.check(cue, s, true));
      addAll(tests, name + " counterexample #", cue.counterexamples(), s -> runner.check(cue, s, false));
    }
    return tests.stream();
  }

  @Test
  void databaseHasTestedClaims() {
    assertFalse(db.claims().isEmpty(), "the built-in database has no claims");
    for (Claim c : db.claims()) {
      assertTrue(c.examples().size() >= 3 && c.counterexamples().size() >= 2, c.id() + " lacks examples");
    }
  }

  private static void addAll(List<DynamicTest> tests, String prefix, List<String> sentences,
      java.util.function.Function<String, Optional<ExampleFailure>> run) {
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      tests.add(DynamicTest.dynamicTest(prefix + (i + 1), () -> run.apply(sentence).ifPresent(f ->
          fail(f.problem() + "\n    sentence: " + f.sentence() + "\n" + f.analysis()))));
    }
  }
}
