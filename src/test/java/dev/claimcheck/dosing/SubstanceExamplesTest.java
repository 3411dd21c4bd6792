package dev.claimcheck.dosing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.ClaimExampleRunner;
import dev.claimcheck.check.ExampleFailure;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.match.ClaimMatcher;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The examples and counterexamples of substances.yaml, run through the real pipeline and the dosing check. */
class SubstanceExamplesTest {
  @TestFactory
  Stream<DynamicTest> substanceExamples() throws Exception {
    NlpModels models = NlpModels.load();
    ClaimDatabase db = new ClaimDatabaseLoader().load(List.of());
    TextAnalyzer terms = new TextAnalyzer(models, db.cues());
    ClaimMatcher matcher = new ClaimMatcher(db, t -> terms.tokenize(t).stream().map(Token::lower).toList());
    ClaimExampleRunner runner = new ClaimExampleRunner(db, new TextAnalyzer(models, db.cues()), matcher,
        List.of(new DosingCheck(db)));
    assertTrue(db.substances().stream().anyMatch(s -> !s.hasApprovedUse()), "kratom must be in substances.yaml");
    return db.substances().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
      List<ExampleFailure> failures = runner.run(s).failures();
      assertTrue(failures.isEmpty(), failures.stream()
          .map(f -> f.problem() + "\n    sentence: " + f.sentence() + "\n" + f.analysis()).collect(Collectors.joining("\n")));
    }));
  }

}
