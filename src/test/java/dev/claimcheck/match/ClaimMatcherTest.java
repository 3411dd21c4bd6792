package dev.claimcheck.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.check.ClaimExampleRunner;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching by meaning on a small made-up database, independent of the shipped content. */
class ClaimMatcherTest {
  @TempDir static Path dir;
  static ClaimDatabase db;
  static TextAnalyzer analyzer;
  static ClaimMatcher matcher;

  @BeforeAll
  static void load() throws Exception {
    Files.writeString(dir.resolve("concepts.yaml"), """
        concepts:
          HERB:
            terms: [zorbleweed, zorbus officinalis]
            references: [it, its, the plant]
          TEA:
            terms: [tea]
            references: [it]
          EASE:
            terms: [relieve, ease]
          ACHE:
            terms: [ache, headache]
          HABIT:
            terms: [addiction, addictive, dependence]
        """);
    Files.writeString(dir.resolve("herb.yaml"), """
        topic: herb
        subject: HERB
        claims:
          - id: HERB_EASES_ACHES
            claim: Zorbleweed eases aches.
            rating: contested
            kind: benefit
            verdict: Anecdotes only.
            sources: [{title: S, url: "https://example.org/s"}]
            match: {all: [HERB, EASE, ACHE]}
            examples: [Zorbleweed eases aches., It relieves headaches., The plant may ease an ache.]
            counterexamples: [Zorbleweed does not ease aches., Tea eases aches.]
          - id: HERB_NOT_ADDICTIVE
            claim: Zorbleweed is not addictive.
            rating: unsupported
            kind: safety
            verdict: Dependence is documented.
            sources: [{title: S, url: "https://example.org/s"}]
            match: {all: [HERB], negated: [HABIT]}
            examples: [Zorbleweed is not addictive., It is a non-addictive plant., Zorbleweed carries no risk of dependence.]
            counterexamples: [Zorbleweed can cause dependence., Zorbleweed is not without a risk of addiction.]
        """);
    Files.copy(Path.of("claims-db/cues.yaml"), dir.resolve("cues.yaml"));
    db = new ClaimDatabaseLoader().load(dir, List.of());
    analyzer = new TextAnalyzer(TestPipeline.models(), db.cues());
    matcher = new ClaimMatcher(db, t -> analyzer.tokenize(t).stream().map(Token::lower).toList());
  }

  private static MatchedArticle match(String text) {
    return matcher.match(analyzer.analyze(ClaimExampleRunner.article(text)));
  }

  private static List<String> ids(MatchedSentence s) {
    return s.claims().stream().map(m -> m.claim().id().value()).toList();
  }

  @Test
  void pronounsStandForTheMainSubject() {
    MatchedArticle a = match("Zorbleweed grows in the hills. Zorbleweed is bitter. It relieves headaches.");
    assertEquals(Optional.of("HERB"), a.mainSubject());
    assertEquals(List.of("HERB_EASES_ACHES"), ids(a.sentences().get(2)));
    MatchedSentence last = a.sentences().get(2);
    assertTrue(last.claims().get(0).terms().containsAll(List.of("It", "relieves", "headaches")), last.claims().get(0).terms().toString());
  }

  @Test
  void pronounsDoNotStandForAnotherSubject() {
    MatchedArticle a = match("Tea is popular. Tea is cheap. It relieves headaches.");
    assertEquals(Optional.of("TEA"), a.mainSubject());
    assertEquals(List.of(), ids(a.sentences().get(2)));
  }

  @Test
  void aPronounAfterAnotherNamedSubstanceIsThatSubstance() {
    MatchedArticle a = match("Zorbleweed is sold online. Zorbleweed is bitter. Tea is different: it relieves headaches.");
    assertEquals(List.of(), ids(a.sentences().get(2)));
  }

  @Test
  void aHyphenatedWordStillNamesItsParts() {
    assertEquals(List.of("HERB_EASES_ACHES"), ids(match("Zorbleweed-based drops eased my headaches.").sentences().get(0)));
  }

  @Test
  void aNegationAimedAtThePredicateLeavesTheSubject() {
    assertEquals(List.of("HERB_NOT_ADDICTIVE"), ids(match("No addiction has ever been linked to zorbleweed.").sentences().get(0)));
  }

  @Test
  void aDummyItIsNotTheSubject() {
    MatchedArticle a = match("Zorbleweed is sold online. It is important to ease headaches with care.");
    assertEquals(List.of(), ids(a.sentences().get(1)));
  }

  @Test
  void polarityMustAgree() {
    assertEquals(List.of("HERB_NOT_ADDICTIVE"), ids(match("Zorbleweed is not addictive.").sentences().get(0)));
    assertEquals(List.of(), ids(match("Zorbleweed is addictive.").sentences().get(0)));
    assertEquals(List.of(), ids(match("Zorbleweed does not relieve headaches.").sentences().get(0)));
  }

  @Test
  void multiWordTermsAndInflectionsMatch() {
    assertEquals(List.of("HERB_EASES_ACHES"), ids(match("Zorbus officinalis relieved my headaches.").sentences().get(0)));
    assertEquals(List.of("HERB_EASES_ACHES"), ids(match("Users felt relieved of aches after zorbleweed.").sentences().get(0)));
  }

  @Test
  void aMatchReportsScoreAndTerms() {
    ClaimMatch m = match("Zorbleweed eases aches.").sentences().get(0).claims().get(0);
    assertEquals(1.0, m.score());
    assertEquals(List.of("Zorbleweed", "eases", "aches"), m.terms());
  }
}
