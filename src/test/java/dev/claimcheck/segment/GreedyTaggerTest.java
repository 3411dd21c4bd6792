package dev.claimcheck.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.claims.Claim;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** Greedy decoding gives the beam search's tags on real text (the benchmark measures more). */
class GreedyTaggerTest {
  @Test
  void tagsAsPosTaggerMeDoes() {
    List<String> texts = new ArrayList<>(List.of(
        "Take 2-4 g of kratom up to three times a day, but never mix it with alcohol.",
        "Kratom's alkaloids act on mu-opioid receptors, which may explain its effects.",
        "If one dose doesn't work, double it.",
        "Reduces cravings"));
    for (Claim c : TestPipeline.db().claims()) {
      texts.addAll(c.examples());
      texts.addAll(c.counterexamples());
    }
    POSTaggerME beam = new POSTaggerME(TestPipeline.models().tags());
    GreedyTagger greedy = new GreedyTagger(TestPipeline.models().tags());
    TokenizerME tokenizer = new TokenizerME(TestPipeline.models().tokens());
    int tokens = 0;
    for (String text : texts) {
      String[] words = tokenizer.tokenize(text);
      assertArrayEquals(beam.tag(words), greedy.tag(words), text);
      tokens += words.length;
    }
    assertTrue(tokens > 3000, "tokens compared: " + tokens);
  }
}
