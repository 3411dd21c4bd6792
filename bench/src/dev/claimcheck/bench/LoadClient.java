package dev.claimcheck.bench;

import dev.claimcheck.api.CheckOptions;
import dev.claimcheck.api.CheckReport;
import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.report.JsonReportWriter;
import dev.claimcheck.report.ReportSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.stream.Stream;

/**
 * The load for bench/serve, in one of two modes, on the same articles:
 *
 * <pre>
 * LoadClient inprocess DIR THREADS WARMUP_S SECONDS             ClaimChecker.check and the JSON report on THREADS threads
 * LoadClient http URL DIR CLIENTS WARMUP_S SECONDS SERVER_PID   POST /v1/check from CLIENTS concurrent clients
 * </pre>
 *
 * Each thread goes through the articles round-robin from its own starting point, without pause;
 * only work that ends within the measured window (after the warm-up) counts. The CPU time the
 * checking process used in the window is measured too (this JVM's, or the server's from /proc), so
 * that throughput per CPU second compares the two where the load client shares the cores. Prints
 * one JSON object.
 */
public final class LoadClient {
  private record Article(String name, String text, ArticleFormat format, String contentType) {}

  /** What one thread did in the measured window. */
  private record Tally(int done, long bytes, List<Long> latenciesNanos, Map<String, Integer> errors) {}

  private interface Work {
    /** Does one article; returns null when it went well, else what went wrong (a status, an exception). */
    String run(Article article) throws Exception;
  }

  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 5 && args[0].equals("inprocess")) {
      List<Article> articles = read(Path.of(args[1]));
      ClaimChecker checker = ClaimChecker.load();
      // The server's options for posted texts: inline suppressions off.
      CheckOptions options = CheckOptions.defaults().withInlineSuppressions(false);
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      JsonReportWriter json = new JsonReportWriter("bench");
      // The work the server does per request without the HTTP: check, and write the JSON report.
      run("inprocess", articles, Integer.parseInt(args[2]), Double.parseDouble(args[3]), Double.parseDouble(args[4]),
          os::getProcessCpuTime, a -> {
            CheckReport report = checker.check(a.name(), a.text(), a.format(), options);
            StringWriter out = new StringWriter();
            ReportSession session = json.start(new PrintWriter(out));
            session.file(report.toFileResult(false));
            session.finish();
            return out.toString().contains("\"findings\"") ? null : "no report";
          });
    } else if (args.length == 7 && args[0].equals("http")) {
      List<Article> articles = read(Path.of(args[2]));
      URI uri = URI.create(args[1]);
      int clients = Integer.parseInt(args[3]);
      // HTTP/1.1 with keep-alive, as a service's clients call it; the default would try an h2c upgrade.
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(10)).build();
      Path stat = Path.of("/proc", args[6], "stat");
      run("http", articles, clients, Double.parseDouble(args[4]), Double.parseDouble(args[5]), () -> cpuNanos(stat), a -> {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
            .header("Content-Type", a.contentType()).POST(HttpRequest.BodyPublishers.ofString(a.text())).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        // A 200 must carry a report, not just a status.
        String body = new String(response.body(), StandardCharsets.UTF_8);
        boolean ok = response.statusCode() == 200 && body.contains("\"findings\"");
        return ok ? null : a.name() + " status " + response.statusCode() + " " + body.substring(0, Math.min(120, body.length())).strip();
      });
    } else {
      System.err.println("usage: LoadClient inprocess DIR THREADS WARMUP_S SECONDS | http URL DIR CLIENTS WARMUP_S SECONDS SERVER_PID");
      System.exit(2);
    }
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

  /** A process's CPU time (user + system) from /proc/PID/stat, in clock ticks of 10 ms (Linux's USER_HZ). */
  private static long cpuNanos(Path stat) {
    try {
      String s = Files.readString(stat);
      String[] fields = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void run(String mode, List<Article> articles, int threads, double warmupS, double seconds,
      java.util.function.LongSupplier cpu, Work work) throws Exception {
    long start = System.nanoTime();
    long from = start + (long) (warmupS * 1e9);
    long to = from + (long) (seconds * 1e9);
    long[] cpuAt = new long[2];
    Thread sampler = new Thread(() -> {
      try {
        Thread.sleep(Math.max(0, (from - System.nanoTime()) / 1_000_000));
        cpuAt[0] = cpu.getAsLong();
        Thread.sleep(Math.max(0, (to - System.nanoTime()) / 1_000_000));
        cpuAt[1] = cpu.getAsLong();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    sampler.start();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Tally>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * articles.size() / threads;
      futures.add(pool.submit(() -> {
        List<Long> latencies = new ArrayList<>();
        Map<String, Integer> errors = new TreeMap<>();
        int done = 0;
        long bytes = 0;
        for (int i = first; System.nanoTime() < to; i++) {
          Article a = articles.get(i % articles.size());
          long begin = System.nanoTime();
          String error;
          try {
            error = work.run(a);
          } catch (Exception e) {
            error = e.getClass().getSimpleName() + " " + a.name() + " " + e.getMessage();
          }
          long end = System.nanoTime();
          if (begin >= from && end <= to) {
            if (error == null) {
              done++;
              bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
              latencies.add(end - begin);
            } else {
              errors.merge(error, 1, Integer::sum);
            }
          } else if (error != null && end > from) {
            errors.merge(error, 1, Integer::sum); // an error is counted whenever in the window it ends
          }
        }
        return new Tally(done, bytes, latencies, errors);
      }));
    }
    int done = 0;
    long bytes = 0;
    List<Long> latencies = new ArrayList<>();
    Map<String, Integer> errors = new TreeMap<>();
    for (Future<Tally> f : futures) {
      Tally t = f.get();
      done += t.done();
      bytes += t.bytes();
      latencies.addAll(t.latenciesNanos());
      t.errors().forEach((k, v) -> errors.merge(k, v, Integer::sum));
    }
    pool.shutdown();
    sampler.join();
    double cpuSeconds = (cpuAt[1] - cpuAt[0]) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println(String.format(Locale.ROOT,
        "{\"mode\": \"%s\", \"threads\": %d, \"seconds\": %.1f, \"articles\": %d, \"articles_per_s\": %.3f, \"mb_per_s\": %.4f, "
            + "\"cpu_s\": %.2f, \"articles_per_cpu_s\": %.3f, "
            + "\"p50_ms\": %.1f, \"p99_ms\": %.1f, \"max_ms\": %.1f, \"errors\": %d, \"error_kinds\": \"%s\"}",
        mode, threads, seconds, done, done / seconds, bytes / seconds / 1e6, cpuSeconds, cpuSeconds > 0 ? done / cpuSeconds : 0,
        percentile(sorted, 50), percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, errorCount, errors.toString().replace("\"", "'")));
    System.exit(0); // the HTTP client's threads are not daemons
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
