package dev.claimcheck.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.claims.Claim;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The memoised greedy lemmatizer gives the statistical lemmatizer's lemmas. The benchmark measures
 * the agreement on a large corpus; this pins it on every sentence of the database.
 */
class CachedLemmatizerTest {
  private static List<String> databaseSentences() {
    List<String> sentences = new ArrayList<>();
    for (Claim c : TestPipeline.db().claims()) {
      sentences.addAll(c.examples());
      sentences.addAll(c.counterexamples());
    }
    return sentences;
  }

  @Test
  void agreesWithLemmatizerMeOnEveryDatabaseSentence() {
    NlpModels models = TestPipeline.models();
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    POSTaggerME tagger = new POSTaggerME(models.tags());
    LemmatizerME reference = new LemmatizerME(models.lemmas());
    CachedLemmatizer cached = new CachedLemmatizer(models.lemmas());
    int tokens = 0;
    List<String> disagreements = new ArrayList<>();
    for (String sentence : databaseSentences()) {
      String[] words = tokenizer.tokenize(TextAnalyzer.withPlainQuotes(sentence));
      String[] tags = tagger.tag(words);
      String[] expected = reference.lemmatize(words, tags);
      String[] actual = cached.lemmatize(words, tags);
      for (int i = 0; i < words.length; i++) {
        tokens++;
        if (!expected[i].equals(actual[i])) {
          disagreements.add(words[i] + "/" + tags[i] + ": " + expected[i] + " vs " + actual[i] + " in: " + sentence);
        }
      }
    }
    assertTrue(tokens > 1000, "too few tokens to say anything: " + tokens);
    assertEquals(List.of(), disagreements);
  }

  @Test
  void sameWordsGiveSameLemmasWhateverWasSeenBefore() {
    CachedLemmatizer cached = new CachedLemmatizer(TestPipeline.models().lemmas());
    String[] words = {"Users", "said", "kratom", "eased", "their", "cravings", "."};
    String[] tags = {"NOUN", "VERB", "PROPN", "VERB", "PRON", "NOUN", "PUNCT"};
    String[] first = cached.lemmatize(words, tags);
    cached.lemmatize(new String[] {"The", "cravings", "eased", "."}, new String[] {"DET", "NOUN", "VERB", "PUNCT"});
    assertArrayEquals(first, cached.lemmatize(words, tags));
    assertEquals("ease", first[3]);
    assertEquals("craving", first[5]);
  }

  @Test
  void memoStaysWithinItsBound() {
    CachedLemmatizer cached = new CachedLemmatizer(TestPipeline.models().lemmas(), 8);
    String[] words = "Regular use of the leaf can lead to tolerance , dependence and withdrawal .".split(" ");
    String[] tags = {"ADJ", "NOUN", "ADP", "DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "PUNCT"};
    String[] unbounded = new CachedLemmatizer(TestPipeline.models().lemmas()).lemmatize(words, tags);
    assertArrayEquals(unbounded, cached.lemmatize(words, tags));
    assertTrue(cached.size() <= 8, "memo holds " + cached.size());
  }
}
