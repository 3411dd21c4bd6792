package dev.claimcheck.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.claimcheck.api.CheckOptions;
import dev.claimcheck.api.CheckReport;
import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.report.JsonReportWriter;
import dev.claimcheck.report.ReportSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The load of bench/serve: the same articles through a running {@code claimcheck serve}
 * ({@code POST /v1/check} from CLIENTS concurrent clients) and through {@link ClaimChecker} in this
 * JVM on THREADS threads (check and JSON report, the server's work without HTTP), in rounds that
 * alternate, so that a change in the machine's load falls on both alike:
 *
 * <pre>
 * LoadClient URL DIR THREADS CLIENTS WARMUP_S ROUND_S ROUNDS SERVER_PID
 * </pre>
 *
 * Each thread goes through the articles round-robin from its own starting point, without pause;
 * only work that ends within a round's window counts. The CPU time of the checking process in each
 * window is measured too (the server's from /proc, this JVM's own), so that throughput per CPU
 * second compares the two though the HTTP client shares the cores. Prints one JSON object.
 */
public final class LoadClient {
  private record Article(String name, String text, ArticleFormat format, String contentType) {}

  /** What one mode did in its windows. */
  private static final class Tally {
    int done;
    long bytes;
    double seconds;
    double cpuSeconds;
    final List<Long> latencies = new ArrayList<>();
    final Map<String, Integer> errors = new TreeMap<>();

    synchronized void add(Tally t) {
      done += t.done;
      bytes += t.bytes;
      latencies.addAll(t.latencies);
      t.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
    }
  }

  private interface Work {
    /** Does one article; returns null when it went well, else what went wrong. */
    String run(Article article) throws Exception;
  }

  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 8) {
      System.err.println("usage: LoadClient URL DIR THREADS CLIENTS WARMUP_S ROUND_S ROUNDS SERVER_PID");
      System.exit(2);
    }
    URI uri = URI.create(args[0]);
    List<Article> articles = read(Path.of(args[1]));
    int threads = Integer.parseInt(args[2]);
    int clients = Integer.parseInt(args[3]);
    double warmup = Double.parseDouble(args[4]);
    double round = Double.parseDouble(args[5]);
    int rounds = Integer.parseInt(args[6]);
    Path proc = Path.of("/proc", args[7]);

    ClaimChecker checker = ClaimChecker.load();
    CheckOptions options = CheckOptions.defaults().withInlineSuppressions(false); // as the server checks posted texts
    JsonReportWriter json = new JsonReportWriter("bench");
    Work inProcess = a -> {
      CheckReport report = checker.check(a.name(), a.text(), a.format(), options);
      StringWriter out = new StringWriter();
      ReportSession session = json.start(new PrintWriter(out));
      session.file(report.toFileResult(false));
      session.finish();
      return out.toString().contains("\"findings\"") ? null : "no report";
    };
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    // HTTP/1.1 with keep-alive, as a service's clients call it; the default would try an h2c upgrade.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(10)).build();
    Work overHttp = a -> {
      HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
          .header("Content-Type", a.contentType()).POST(HttpRequest.BodyPublishers.ofString(a.text())).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      String body = new String(response.body(), StandardCharsets.UTF_8);
      // A 200 must carry a report, not just a status.
      boolean ok = response.statusCode() == 200 && body.contains("\"findings\"");
      return ok ? null : "status " + response.statusCode() + " " + body.substring(0, Math.min(120, body.length())).strip();
    };
    LongSupplier serverCpu = () -> cpuNanos(proc.resolve("stat"));

    Tally http = new Tally();
    Tally local = new Tally();
    List<Long> rss = new ArrayList<>();
    rss.add(rssMb(proc));
    window(articles, threads, warmup, inProcess, os::getProcessCpuTime, new Tally()); // JIT warm-up, not counted
    window(articles, clients, warmup, overHttp, serverCpu, new Tally());
    rss.add(rssMb(proc));
    for (int r = 0; r < rounds; r++) {
      // The order alternates, so neither mode always follows the other.
      if (r % 2 == 0) {
        window(articles, clients, round, overHttp, serverCpu, http);
        window(articles, threads, round, inProcess, os::getProcessCpuTime, local);
      } else {
        window(articles, threads, round, inProcess, os::getProcessCpuTime, local);
        window(articles, clients, round, overHttp, serverCpu, http);
      }
      rss.add(rssMb(proc));
    }
    System.out.println("{\"inprocess\": " + json(local, threads) + ", \"http\": " + json(http, clients)
        + ", \"server_rss_mb\": " + rss + "}");
    System.exit(0); // the HTTP client's threads are not daemons
  }

  private static List<Article> read(Path dir) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
        boolean markdown = f.toString().endsWith(".md");
        articles.add(new Article(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8),
            markdown ? ArticleFormat.MARKDOWN : ArticleFormat.TEXT, markdown ? "text/markdown" : "text/plain"));
      }
    }
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + dir);
    }
    return articles;
  }

  /** A process's CPU time (user + system) from /proc/PID/stat, whose unit is Linux's USER_HZ of 100 ticks a second. */
  private static long cpuNanos(Path stat) {
    try {
      String s = Files.readString(stat);
      String[] fields = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** VmRSS from /proc/PID/status, in MB. */
  private static long rssMb(Path proc) throws IOException {
    for (String line : Files.readAllLines(proc.resolve("status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  /** {@code threads} threads do {@code work} for {@code seconds}; what ends within the window goes into {@code into}. */
  private static void window(List<Article> articles, int threads, double seconds, Work work, LongSupplier cpu, Tally into)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long from = System.nanoTime();
    long to = from + (long) (seconds * 1e9);
    long cpuFrom = cpu.getAsLong();
    List<Future<Tally>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = (t * articles.size() / threads + into.done) % articles.size();
      futures.add(pool.submit(() -> {
        Tally mine = new Tally();
        for (int i = first; ; i++) {
          Article a = articles.get(i % articles.size());
          long begin = System.nanoTime();
          if (begin >= to) {
            return mine;
          }
          String error;
          try {
            error = work.run(a);
          } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
          }
          long end = System.nanoTime();
          if (error != null) {
            mine.errors.merge(a.name() + " " + error, 1, Integer::sum);
          } else if (end <= to) {
            mine.done++;
            mine.bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
            mine.latencies.add(end - begin);
          }
        }
      }));
    }
    // The CPU is read when the window closes; work still running then is not counted, but it has
    // begun within the window and its CPU is: a small bias against the mode with longer requests,
    // equal for both at the same articles.
    Thread.sleep(Math.max(0, (to - System.nanoTime()) / 1_000_000));
    long cpuTo = cpu.getAsLong();
    for (Future<Tally> f : futures) {
      into.add(f.get());
    }
    pool.shutdown();
    into.seconds += seconds;
    into.cpuSeconds += (cpuTo - cpuFrom) / 1e9;
  }

  private static String json(Tally t, int threads) {
    long[] sorted = t.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    int errors = t.errors.values().stream().mapToInt(Integer::intValue).sum();
    return String.format(Locale.ROOT,
        "{\"threads\": %d, \"seconds\": %.1f, \"articles\": %d, \"articles_per_s\": %.3f, \"mb_per_s\": %.4f, "
            + "\"cpu_s\": %.2f, \"articles_per_cpu_s\": %.3f, \"p50_ms\": %.1f, \"p99_ms\": %.1f, \"max_ms\": %.1f, "
            + "\"errors\": %d, \"error_kinds\": \"%s\"}",
        threads, t.seconds, t.done, t.done / t.seconds, t.bytes / t.seconds / 1e6, t.cpuSeconds,
        t.cpuSeconds > 0 ? t.done / t.cpuSeconds : 0, percentile(sorted, 50), percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, errors,
        t.errors.toString().replace("\\", "\\\\").replace("\"", "'"));
  }

  /** The nearest-rank percentile, in milliseconds. */
  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }
}
