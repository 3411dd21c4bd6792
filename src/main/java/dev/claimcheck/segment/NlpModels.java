package dev.claimcheck.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English models (UD English-EWT, from Maven Central), loaded once. The model
 * objects are immutable and may be shared across threads; the *ME classes built from them may not,
 * so each {@link TextAnalyzer} makes its own.
 */
public final class NlpModels {
  private static final String PREFIX = "/opennlp-en-ud-ewt-";
  private static final String SUFFIX = "-1.3-2.5.4.bin";

  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel tags;
  private final LemmatizerModel lemmas;

  private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel tags, LemmatizerModel lemmas) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.tags = tags;
    this.lemmas = lemmas;
  }

  /** Loads the four models from the classpath (they ship inside the model jars). */
  public static NlpModels load() {
    try {
      return new NlpModels(
          new SentenceModel(open("sentence")),
          new TokenizerModel(open("tokens")),
          new POSModel(open("pos")),
          new LemmatizerModel(open("lemmas")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP models: " + e.getMessage(), e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(PREFIX + name + SUFFIX);
    if (in == null) {
      throw new IOException("model " + PREFIX + name + SUFFIX + " is not on the classpath");
    }
    return in;
  }

  public SentenceModel sentences() {
    return sentences;
  }

  public TokenizerModel tokens() {
    return tokens;
  }

  public POSModel tags() {
    return tags;
  }

  public LemmatizerModel lemmas() {
    return lemmas;
  }
}
