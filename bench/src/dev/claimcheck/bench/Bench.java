package dev.claimcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.api.Engine;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.ingest.TextBlock;
import dev.claimcheck.report.FileResult;
import dev.claimcheck.report.JsonReportWriter;
import dev.claimcheck.report.ReportSession;
import dev.claimcheck.segment.AnalyzedArticle;
import dev.claimcheck.segment.CachedLemmatizer;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.suppress.InlineSuppressions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The in-process part of the benchmark (bench/run drives it and adds the whole-process figures).
 *
 * <pre>
 * Bench corpus DIR SENTENCES SEED [ARTICLE_SENTENCES]   write generated articles into DIR
 * Bench articles DIR COUNT SEED ARTICLE_SENTENCES      write COUNT generated articles into DIR
 * Bench article FILE BYTES SEED                        write one article of about BYTES bytes
 * Bench db DIR SCALE SEED                              write a synthetic database extension
 * Bench measure CORPUS_DIR DB10_DIR DB100_DIR ROUNDS LEMMA_SENTENCES
 *                                                      time floor and full check, print JSON
 * Bench scaling BATCH_DIR ROUNDS ARTICLES              one worker against two on a batch, print JSON
 * </pre>
 *
 * Several commands, separated by "+", run in one JVM.
 *
 * {@code measure} expects CORPUS_DIR/round-0 (warm-up) to round-ROUNDS, each a generated corpus of
 * its own, so no timed round runs over text the caches have already seen. In every round it times,
 * article by article on one thread, the floor (OpenNLP sentence detection, tokenizer and POS tagger
 * alone) and the full check with the database at x1, x10 and x100, and reports the medians of the
 * per-round ratios. {@code scaling} ({@link BatchScaling}) measures the batch on one worker and on two.
 */
public final class Bench {
  private Bench() {}

  /** Runs one command, or several separated by "+" in one JVM (generating inputs starts one JVM). */
  public static void main(String[] args) throws Exception {
    List<String> command = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("+")) {
        run(command);
        command.clear();
      } else {
        command.add(arg);
      }
    }
    run(command);
  }

  private static void run(List<String> args) throws Exception {
    switch (args.isEmpty() ? "" : args.get(0)) {
      case "corpus" -> corpus(Path.of(args.get(1)), Integer.parseInt(args.get(2)), Long.parseLong(args.get(3)),
          args.size() > 4 ? Integer.parseInt(args.get(4)) : 40);
      case "articles" -> articles(Path.of(args.get(1)), Integer.parseInt(args.get(2)), Long.parseLong(args.get(3)),
          Integer.parseInt(args.get(4)));
      case "article" -> article(Path.of(args.get(1)), Integer.parseInt(args.get(2)), Long.parseLong(args.get(3)));
      case "db" -> {
        ClaimDatabase shipped = new ClaimDatabaseLoader().load(List.of());
        int terms = shipped.concepts().values().stream().mapToInt(c -> c.terms().size() + c.references().size()).sum();
        int classTerms = shipped.substanceClasses().stream().mapToInt(c -> c.terms().size()).sum();
        new SyntheticDatabase(Long.parseLong(args.get(3)), new SyntheticDatabase.Shape(shipped.claims().size(),
            shipped.concepts().size(), terms, shipped.substances().size(), shipped.substanceClasses().size(), classTerms))
            .write(Path.of(args.get(1)), Integer.parseInt(args.get(2)));
      }
      case "measure" -> measure(Path.of(args.get(1)), Path.of(args.get(2)), Path.of(args.get(3)),
          Integer.parseInt(args.get(4)), Integer.parseInt(args.get(5)));
      case "scaling" -> {
        Map<String, Object> out = BatchScaling.measure(Path.of(args.get(1)), Integer.parseInt(args.get(2)),
            Integer.parseInt(args.get(3)));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(System.out, out);
        System.out.println();
      }
      default -> {
        System.err.println("usage: Bench corpus DIR SENTENCES SEED [ARTICLE_SENTENCES] | articles DIR COUNT SEED ARTICLE_SENTENCES"
            + " | article FILE BYTES SEED | db DIR SCALE SEED | measure CORPUS DB10 DB100 ROUNDS LEMMA_SENTENCES"
            + " | scaling BATCH_DIR ROUNDS ARTICLES"
            + " [+ another command ...]");
        System.exit(2);
      }
    }
  }

  /** Writes articles of about {@code perArticle} sentences until {@code sentences} are written. */
  static void corpus(Path dir, int sentences, long seed, int perArticle) throws IOException {
    Files.createDirectories(dir);
    ArticleGenerator generator = new ArticleGenerator(seed, 0.5);
    int written = 0;
    while (written < sentences) {
      ArticleGenerator.GeneratedArticle a = generator.next(Math.min(perArticle, Math.max(3, sentences - written)));
      Files.writeString(dir.resolve(a.fileName()), a.text(), StandardCharsets.UTF_8);
      written += a.sentences();
    }
  }

  /** Writes {@code count} articles of about {@code perArticle} sentences (a batch). */
  static void articles(Path dir, int count, long seed, int perArticle) throws IOException {
    Files.createDirectories(dir);
    ArticleGenerator generator = new ArticleGenerator(seed, 0.5);
    for (int i = 0; i < count; i++) {
      ArticleGenerator.GeneratedArticle a = generator.next(perArticle);
      Files.writeString(dir.resolve(a.fileName()), a.text(), StandardCharsets.UTF_8);
    }
  }

  /** Writes one article of at least {@code bytes} bytes (UTF-8), e.g. the size of a seed article. */
  static void article(Path file, int bytes, long seed) throws IOException {
    for (int sentences = 10; ; sentences += 2) {
      ArticleGenerator.GeneratedArticle a = new ArticleGenerator(seed, 0.5).next(sentences);
      byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
      if (text.length >= bytes) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file.resolveSibling(file.getFileName() + (a.fileName().endsWith(".md") ? ".md" : ".txt")), text);
        return;
      }
    }
  }

  /** A corpus held in memory for the floor, plus its files for the full check. */
  private record Corpus(Path dir, List<Path> files, List<Article> articles, long bytes) {
    static Corpus read(Path dir) throws IOException, InputException {
      List<Path> files;
      try (Stream<Path> list = Files.list(dir)) {
        files = list.sorted().toList();
      }
      ArticleReader reader = new ArticleReader();
      List<Article> articles = new ArrayList<>();
      long bytes = 0;
      for (Path f : files) {
        articles.add(reader.read(f, null));
        bytes += Files.size(f);
      }
      return new Corpus(dir, files, articles, bytes);
    }
  }

  static void measure(Path corpusDir, Path db10, Path db100, int rounds, int lemmaSentences) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    NlpModels models = NlpModels.load();
    out.put("models_load_s", seconds(t0));
    Map<String, Engine> engines = new LinkedHashMap<>();
    Map<String, Object> build = new LinkedHashMap<>();
    for (var e : Map.of("x1", Optional.<Path>empty(), "x10", Optional.of(db10), "x100", Optional.of(db100)).entrySet().stream()
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(k -> Integer.parseInt(k.substring(1))))).toList()) {
      long start = System.nanoTime();
      ClaimDatabase db = new ClaimDatabaseLoader().load(e.getValue().map(List::of).orElse(List.of()));
      double load = seconds(start);
      start = System.nanoTime();
      engines.put(e.getKey(), new Engine(models, db));
      build.put(e.getKey(), Map.of("claims", db.claims().size(), "concepts", db.concepts().size(),
          "substances", db.substances().size(), "load_s", load, "index_s", seconds(start)));
      log("database " + e.getKey() + ": " + db.claims().size() + " claims, " + db.concepts().size() + " concepts, "
          + db.substances().size() + " substances, load " + fmt(load) + " s, index " + fmt(seconds(start)) + " s");
    }
    out.put("databases", build);

    // Warm up until the JIT has settled: passes over the warm-up corpus until the full check's time
    // changes by less than 10 % from one pass to the next (at least 3 passes, at most 10).
    Corpus warm = Corpus.read(corpusDir.resolve("round-0"));
    double previous = Double.MAX_VALUE;
    for (int pass = 1; pass <= 10; pass++) {
      double x1 = interleaved(models, engines, warm, pass).get("x1");
      boolean settled = pass >= 3 && Math.abs(x1 - previous) < 0.1 * previous;
      previous = x1;
      if (settled) {
        log("warmed up: " + pass + " passes over " + warm.files().size() + " articles");
        break;
      }
    }
    out.put("lemmas", lemmaAgreement(models, engines.get("x1"), warm, lemmaSentences));

    List<String> scales = List.copyOf(engines.keySet());
    List<Double> fullToFloor = new ArrayList<>();
    Map<String, List<Double>> toX1 = new LinkedHashMap<>();
    List<Double> oneThreadRate = new ArrayList<>();
    List<Double> oneThreadMb = new ArrayList<>();
    List<Double> floorSeconds = new ArrayList<>();
    List<Double> fullSeconds = new ArrayList<>();
    long sentences = 0;
    for (int r = 1; r <= rounds; r++) {
      Corpus corpus = Corpus.read(corpusDir.resolve("round-" + r));
      Map<String, Double> t = interleaved(models, engines, corpus, r);
      double x1 = t.get("x1");
      sentences = Math.round(t.get("sentences"));
      floorSeconds.add(t.get("floor"));
      fullSeconds.add(x1);
      fullToFloor.add(x1 / t.get("floor"));
      for (String scale : scales) {
        toX1.computeIfAbsent(scale, k -> new ArrayList<>()).add(t.get(scale) / x1);
      }
      oneThreadRate.add(sentences / x1);
      oneThreadMb.add(corpus.bytes() / 1e6 / x1);
      log(String.format("round %d: %d articles, %d sentences: floor %.3f s, full x1 %.3f s (%.2fx), x10 %.3f s, x100 %.3f s",
          r, corpus.files().size(), sentences, t.get("floor"), x1, x1 / t.get("floor"), t.get("x10"), t.get("x100")));
    }
    out.put("rounds", rounds);
    out.put("sentences_per_round", sentences);
    out.put("floor_s", median(floorSeconds));
    out.put("full_s", median(fullSeconds));
    out.put("full_to_floor", median(fullToFloor));
    out.put("x10_to_x1", median(toX1.get("x10")));
    out.put("x100_to_x1", median(toX1.get("x100")));
    out.put("one_thread_sentences_per_s", median(oneThreadRate));
    out.put("one_thread_mb_per_s", median(oneThreadMb));

    out.put("peak_rss_mb", peakRssMb());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(System.out, out);
    System.out.println();
  }

  /**
   * Lemmas as claimcheck computes them ({@link CachedLemmatizer}, with an empty memo) against
   * OpenNLP's {@link LemmatizerME} (beam search), on the same words and tags: agreement and time.
   */
  static Map<String, Object> lemmaAgreement(NlpModels models, Engine engine, Corpus corpus, int maxSentences) {
    TextAnalyzer splitter = engine.newAnalyzer();
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    POSTaggerME tagger = new POSTaggerME(models.tags());
    LemmatizerME reference = new LemmatizerME(models.lemmas());
    CachedLemmatizer cached = new CachedLemmatizer(models.lemmas());
    long tokens = 0;
    long agree = 0;
    long referenceNanos = 0;
    long cachedNanos = 0;
    Map<String, Integer> differences = new java.util.TreeMap<>();
    int sentences = 0;
    for (Article article : corpus.articles()) {
      if (sentences >= maxSentences) {
        break;
      }
      for (var sentence : splitter.sentences(article)) {
        sentences++;
        String[] words = tokenizer.tokenize(sentence.text().replace('\u2019', '\''));
        String[] tags = tagger.tag(words);
        long t0 = System.nanoTime();
        String[] expected = reference.lemmatize(words, tags);
        long t1 = System.nanoTime();
        String[] actual = cached.lemmatize(words, tags);
        cachedNanos += System.nanoTime() - t1;
        referenceNanos += t1 - t0;
        for (int i = 0; i < words.length; i++) {
          tokens++;
          if (expected[i].equals(actual[i])) {
            agree++;
          } else {
            differences.merge(words[i] + "/" + tags[i] + ": " + expected[i] + " vs " + actual[i], 1, Integer::sum);
          }
        }
      }
    }
    log(String.format("lemmas: %d tokens, %.3f %% agree with LemmatizerME; LemmatizerME %.2f s, CachedLemmatizer %.2f s (empty memo)",
        tokens, 100.0 * agree / tokens, referenceNanos / 1e9, cachedNanos / 1e9));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sentences", sentences);
    out.put("tokens", tokens);
    out.put("agreement_percent", 100.0 * agree / tokens);
    out.put("lemmatizer_me_s", referenceNanos / 1e9);
    out.put("cached_lemmatizer_s", cachedNanos / 1e9);
    out.put("differences", differences);
    return out;
  }

  /**
   * One round on one thread: article by article, the floor and the full check at every database
   * scale, in an order that rotates from article to article, each timed on its own. Interleaving
   * this finely makes the ratios hold on a busy machine: a change in load falls on all of them.
   * Returns seconds per key ("floor", "x1", "x10", "x100") and the number of sentences checked.
   */
  static Map<String, Double> interleaved(NlpModels models, Map<String, Engine> engines, Corpus corpus, int round) {
    OpenNlpFloor floor = new OpenNlpFloor(models);
    Map<String, SingleFileCheck> checks = new LinkedHashMap<>();
    engines.forEach((scale, engine) -> checks.put(scale, new SingleFileCheck(engine)));
    List<String> order = new ArrayList<>(checks.keySet());
    order.add("floor");
    Map<String, Long> nanos = new LinkedHashMap<>();
    for (int a = 0; a < corpus.files().size(); a++) {
      for (int k = 0; k < order.size(); k++) {
        String key = order.get((k + a + round) % order.size());
        long start = System.nanoTime();
        if (key.equals("floor")) {
          floor.run(corpus.articles().get(a));
        } else {
          checks.get(key).run(corpus.files().get(a));
        }
        nanos.merge(key, System.nanoTime() - start, Long::sum);
      }
    }
    Map<String, Double> seconds = new LinkedHashMap<>();
    nanos.forEach((key, n) -> seconds.put(key, n / 1e9));
    checks.values().forEach(SingleFileCheck::finish);
    seconds.put("sentences", (double) checks.get("x1").sentences);
    return seconds;
  }

  /** OpenNLP alone on one article: sentence detection per block, tokenizer and tagger per sentence. */
  private static final class OpenNlpFloor {
    private final SentenceDetectorME detector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    OpenNlpFloor(NlpModels models) {
      detector = new SentenceDetectorME(models.sentences());
      tokenizer = new TokenizerME(models.tokens());
      tagger = new POSTaggerME(models.tags());
    }

    int run(Article article) {
      int tokens = 0;
      for (TextBlock block : article.blocks()) {
        for (Span s : detector.sentPosDetect(block.text())) {
          tokens += tagger.tag(tokenizer.tokenize(block.text().substring(s.getStart(), s.getEnd()))).length;
        }
      }
      return tokens;
    }
  }

  /** The full check of one file at a time, into a JSON report written to nowhere. Not thread-safe. */
  private static final class SingleFileCheck {
    private final Function<Path, FileResult> worker;
    private final ReportSession report = new JsonReportWriter("bench").start(new PrintWriter(Writer.nullWriter()));
    private final AtomicLong counted = new AtomicLong();
    long sentences;

    SingleFileCheck(Engine engine) {
      this.worker = checker(engine, counted);
    }

    void run(Path file) {
      report.file(worker.apply(file));
      sentences = counted.get();
    }

    void finish() {
      report.finish();
    }
  }

  /**
   * What claimcheck's FileChecker does with one file: read and decode, split, analyse, match, run
   * the checks, apply inline suppressions. One per thread (it owns an analyzer); counts sentences.
   */
  static Function<Path, FileResult> checker(Engine engine, AtomicLong sentences) {
    TextAnalyzer analyzer = engine.newAnalyzer();
    ArticleReader reader = new ArticleReader();
    InlineSuppressions inline = new InlineSuppressions();
    return file -> {
      try {
        Article article = reader.read(file, null);
        AnalyzedArticle analyzed = analyzer.analyze(article);
        List<Finding> found = inline.apply(article, engine.checker().check(analyzed)).kept();
        sentences.addAndGet(analyzed.sentences().size());
        return new FileResult(file.toString(), Optional.empty(), new LineMap(article.text()), found);
      } catch (InputException e) {
        throw new IllegalStateException("generated article does not read: " + e.getMessage(), e);
      }
    };
  }

  /** The process's peak resident set (VmHWM) in MB, or -1 where /proc is not available. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no figure
    }
    return -1;
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String fmt(double d) {
    return String.format("%.2f", d);
  }

  private static void log(String message) {
    System.err.println("bench: " + message);
  }
}
