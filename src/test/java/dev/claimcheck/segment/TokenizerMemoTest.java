package dev.claimcheck.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.claims.Claim;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The memo gives exactly the tokenizer's tokens, however often a chunk comes back. */
class TokenizerMemoTest {
  @Test
  void givesTheTokenizersSpans() {
    List<String> texts = new ArrayList<>(List.of(
        "Dr. Smith (of the U.S. FDA) said: \"Don't take 7-OH, e.g. 10mg/day!\"",
        "Kratom's alkaloids—mitragynine and 7‑hydroxymitragynine—act on μ-opioid receptors 😀.",
        "tabs\tand\nnewlines\u00a0and non-breaking spaces; 1,000 IU/day… or 2–4 g?",
        "x", "", "   ", "a b c"));
    for (Claim c : TestPipeline.db().claims()) {
      texts.addAll(c.examples());
      texts.addAll(c.counterexamples());
    }
    TokenizerME tokenizer = new TokenizerME(TestPipeline.models().tokens());
    TokenizerMemo memo = new TokenizerMemo();
    for (int pass = 0; pass < 2; pass++) {
      for (String text : texts) {
        assertArrayEquals(tokenizer.tokenizePos(text), memo.tokenizePos(text, tokenizer), text);
      }
    }
    assertTrue(memo.size() > 100, "chunks remembered: " + memo.size());
  }
}
