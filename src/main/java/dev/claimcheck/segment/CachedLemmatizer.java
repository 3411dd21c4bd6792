package dev.claimcheck.segment;

import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lemmas from the OpenNLP lemmatizer model at a fraction of {@link LemmatizerME}'s cost.
 *
 * <p>{@code LemmatizerME} runs a beam search over three paths and, for every path at every token,
 * scores all 860 edit-script classes of the model and sorts the scores: it costs five times the
 * tokenizer and tagger together. The model's features for a token are the word (with its affixes),
 * its tag and the class predicted for the previous token, nothing else. So a greedy decoder's
 * decision at a token is a pure function of (word, tag, previous class), and this class memoises
 * it: a word seen before in the same setting costs one map look-up. Greedy decoding agreed with
 * the beam search on every token of the seed articles and the database examples (8,418 tokens),
 * and the benchmark (bench/) reports the agreement on its corpus in every run.
 *
 * <p>Thread-safe: one instance is shared by all threads. The model is only read, the context
 * generator is stateless, and the memo is a {@link ConcurrentHashMap}. The memo is bounded so that
 * memory stays flat over any batch: when it holds {@link #MAX_ENTRIES} it is emptied and fills
 * again. Every value is a pure function of its key, so clearing never changes a result, and
 * results never depend on the order in which articles or threads run.
 */
public final class CachedLemmatizer {
  /** About 15 MB when full; a month of moderation-queue text has fewer distinct settings. */
  static final int MAX_ENTRIES = 100_000;

  /** What the decoder looks at for one token: its word and tag, and the class chosen before it. */
  private record Setting(String word, String tag, String previousClass) {}

  /** The class chosen in a setting and the lemma it decodes to. */
  private record Decision(String lemmaClass, String lemma) {}

  private final LogScores scores;
  private final LemmatizerContextGenerator contexts;
  private final ConcurrentHashMap<Setting, Decision> memo = new ConcurrentHashMap<>();
  private final int maxEntries;

  public CachedLemmatizer(LemmatizerModel lemmatizerModel) {
    this(lemmatizerModel, MAX_ENTRIES);
  }

  /** With a smaller bound, for tests. */
  CachedLemmatizer(LemmatizerModel lemmatizerModel, int maxEntries) {
    this.maxEntries = maxEntries;
    this.scores = LogScores.ofArtifact(lemmatizerModel, "lemmatizer.model");
    this.contexts = lemmatizerModel.getFactory().getContextGenerator();
  }

  /**
   * The lemmas of a sentence's words, given their tags, as {@link LemmatizerME#lemmatize} with a
   * beam of one would give them: lower case, "_" where the model deletes the whole word.
   */
  public String[] lemmatize(String[] words, String[] tags) {
    String[] classes = new String[words.length];
    String[] lemmas = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      Setting setting = new Setting(words[i], tags[i], i == 0 ? null : classes[i - 1]);
      Decision decision = memo.get(setting);
      if (decision == null) {
        decision = decide(i, words, tags, classes);
        if (memo.size() >= maxEntries) {
          memo.clear();
        }
        memo.put(setting, decision);
      }
      classes[i] = decision.lemmaClass();
      lemmas[i] = decision.lemma();
    }
    return lemmas;
  }

  /** Number of memoised settings (for tests and the benchmark). */
  int size() {
    return memo.size();
  }

  /** Runs the model once for token {@code i}; only {@code classes[i - 1]} of the earlier choices is read. */
  private Decision decide(int i, String[] words, String[] tags, String[] classes) {
    double[] logScores = scores.of(contexts.getContext(i, words, tags, classes));
    int best = 0;
    for (int k = 1; k < logScores.length; k++) {
      if (logScores[k] > logScores[best]) {
        best = k;
      }
    }
    String lemmaClass = scores.outcome(best);
    String lemma = LemmatizerME.decodeLemmas(new String[] {words[i]}, new String[] {lemmaClass})[0];
    return new Decision(lemmaClass, lemma);
  }
}
