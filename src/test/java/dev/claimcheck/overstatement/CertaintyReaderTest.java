package dev.claimcheck.overstatement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.ClaimExampleRunner;
import dev.claimcheck.lexicon.CueKind;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words a hedge, frame or cue governs: the scope rules the judgement rests on. */
class CertaintyReaderTest {
  private final CertaintyReader reader = new CertaintyReader(FixturePipeline.db().cues());

  @Test
  void aHedgeGovernsItsOwnClauseOnly() {
    Parsed r = read("Studies suggest it may bind to receptors, helping to manage withdrawal.");
    assertTrue(r.certainty.hedged(r.at("bind")));
    assertFalse(r.certainty.hedged(r.at("helping")), "the participle after the comma is asserted");
  }

  @Test
  void aHedgeGovernsTheListThatFollowsIt() {
    Parsed r = read("Kratom may ease nausea, insomnia, and cravings.");
    assertTrue(r.certainty.hedged(r.at("cravings")));
  }

  @Test
  void aPredicateHedgeGovernsItsSubject() {
    Parsed r = read("Its use for withdrawal is being studied.");
    assertTrue(r.certainty.hedged(r.at("withdrawal")));
  }

  @Test
  void aPredicateJoinedByAndKeepsTheFirstUnhedged() {
    Parsed r = read("Kratom relieves pain and is potentially addictive.");
    assertFalse(r.certainty.hedged(r.at("relieves")));
    assertTrue(r.certainty.hedged(r.at("addictive")));
  }

  @Test
  void aHedgingNounGovernsItsModifiers() {
    Parsed r = read("Researchers discuss the therapeutic potential of kratom.");
    assertTrue(r.certainty.hedged(r.at("therapeutic")));
  }

  @Test
  void anEvidentialAbsorbsItsSuggestAndIsWeak() {
    Parsed r = read("Studies suggest that kratom can help with withdrawal.");
    assertFalse(r.certainty.hedged(r.at("help")), "\"suggest\" only weakens the evidential");
    FoundCue cue = r.certainty.cues(CueKind.EVIDENTIAL).get(0);
    assertEquals("Studies suggest", cue.text());
    assertTrue(cue.weak());
    Parsed q = read("Preliminary studies suggest that kratom can help with withdrawal.");
    assertTrue(q.certainty.hedged(q.at("help")), "\"preliminary\" still hedges");
  }

  @Test
  void negatedBoostersAreDroppedButAbsolutesKeepTheirOwnNegation() {
    assertTrue(read("Kratom is not completely safe.").certainty.cues(CueKind.BOOSTER).isEmpty());
    assertTrue(read("It is not without risk.").certainty.cues(CueKind.BOOSTER).isEmpty());
    assertTrue(read("There is no proven benefit.").certainty.cues(CueKind.BOOSTER).isEmpty());
    assertEquals(List.of("no side effects"),
        read("It works with no side effects.").certainty.cues(CueKind.BOOSTER).stream().map(FoundCue::text).toList());
  }

  @Test
  void aFrameGovernsItsClauseAndAPredicateFrameItsSubject() {
    Parsed r = read("Users report that kratom eases cravings, which helps recovery.");
    assertTrue(r.certainty.framed(r.at("eases")));
    assertFalse(r.certainty.framed(r.at("helps")), "the writer's own comment is not attributed");
    Parsed p = read("Kratom is often considered a safe option.");
    assertTrue(p.certainty.framed(p.at("Kratom")));
  }

  @Test
  void listItemsAndAppositionsStayInTheirClause() {
    Parsed r = read("It eases symptoms, including insomnia and restlessness, common in withdrawal.");
    Clauses c = r.certainty.clauses();
    assertEquals(c.of(r.at("eases")), c.of(r.at("withdrawal")));
    Parsed v = read("It binds to receptors, easing withdrawal.");
    assertTrue(v.certainty.clauses().of(v.at("easing")) > v.certainty.clauses().of(v.at("binds")));
  }

  /** A sentence with its certainty, and token look-up by word. */
  private record Parsed(AnalyzedSentence sentence, SentenceCertainty certainty) {
    int at(String word) {
      for (int i = 0; i < sentence.tokens().size(); i++) {
        if (sentence.tokens().get(i).text().equals(word)) {
          return i;
        }
      }
      throw new AssertionError("no token \"" + word + "\" in: " + sentence.text());
    }
  }

  private Parsed read(String text) {
    AnalyzedSentence s = FixturePipeline.analyzer().analyze(ClaimExampleRunner.article(text)).sentences().get(0);
    return new Parsed(s, reader.read(s));
  }
}
