package dev.claimcheck.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English models (UD English-EWT, from Maven Central), each loaded once, on
 * first use, so that a command loads only what it needs ({@code sentences} needs only the sentence
 * model). The model objects are immutable and may be shared across threads; the *ME classes built
 * from them may not, so each {@link TextAnalyzer} makes its own. The {@link CachedLemmatizer} and
 * the {@link TokenizerMemo} are thread-safe and shared, so that what one thread has computed serves
 * every thread.
 *
 * <p>Thread-safe.
 */
public final class NlpModels {
  private static final String PREFIX = "/opennlp-en-ud-ewt-";
  private static final String SUFFIX = "-1.3-2.5.4.bin";

  private final Lazy<SentenceModel> sentences = new Lazy<>(() -> new SentenceModel(open("sentence")));
  private final Lazy<TokenizerModel> tokens = new Lazy<>(() -> new TokenizerModel(open("tokens")));
  private final Lazy<POSModel> tags = new Lazy<>(() -> new POSModel(open("pos")));
  private final Lazy<LemmatizerModel> lemmas = new Lazy<>(() -> new LemmatizerModel(open("lemmas")));
  private final Lazy<CachedLemmatizer> lemmatizer = new Lazy<>(() -> new CachedLemmatizer(lemmas()));
  private final TokenizerMemo tokenizerMemo = new TokenizerMemo();

  private NlpModels() {}

  /** The four models, each read from the classpath (they ship inside the model jars) on first use. */
  public static NlpModels load() {
    return new NlpModels();
  }

  /**
   * The four models, read on a background thread in the order a check needs them while the
   * caller does other work (loading the database); a model asked for before it is read is waited
   * for. Start-up on two cores then costs the longer of the two, not their sum. If reading fails
   * in the background, the caller meets the same error when it asks for the model.
   */
  public static NlpModels loadInBackground() {
    NlpModels models = new NlpModels();
    Thread loader = new Thread(() -> {
      try {
        models.tokens();
        models.sentences();
        models.tags();
        models.lemmatizer();
      } catch (RuntimeException e) {
        // Reported where the model is needed.
      }
    }, "claimcheck-model-loader");
    loader.setDaemon(true);
    loader.start();
    return models;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(PREFIX + name + SUFFIX);
    if (in == null) {
      throw new IOException("model " + PREFIX + name + SUFFIX + " is not on the classpath");
    }
    return StoredZip.of(in);
  }

  public SentenceModel sentences() {
    return sentences.get();
  }

  public TokenizerModel tokens() {
    return tokens.get();
  }

  public POSModel tags() {
    return tags.get();
  }

  public LemmatizerModel lemmas() {
    return lemmas.get();
  }

  /** The shared, thread-safe lemmatizer over {@link #lemmas()}. */
  public CachedLemmatizer lemmatizer() {
    return lemmatizer.get();
  }

  /** The shared memo of the tokenizer's chunk splits. */
  public TokenizerMemo tokenizerMemo() {
    return tokenizerMemo;
  }

  /** Something that can fail to read a model. */
  private interface Loader<T> {
    T load() throws IOException;
  }

  /** A value made once, on first use, by whichever thread asks first; the others wait for it. */
  private static final class Lazy<T> {
    private final Loader<T> loader;
    private volatile T value;

    Lazy(Loader<T> loader) {
      this.loader = loader;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            try {
              v = loader.load();
            } catch (IOException e) {
              throw new UncheckedIOException("cannot load the OpenNLP models: " + e.getMessage(), e);
            }
            value = v;
          }
        }
      }
      return v;
    }
  }
}
