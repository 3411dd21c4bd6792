package dev.claimcheck.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import dev.claimcheck.api.CheckOptions;
import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.batch.OrderedParallelRunner;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.report.FileResult;
import dev.claimcheck.report.JsonReportWriter;
import dev.claimcheck.report.ReportSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One worker against two on the same batch, in one process, through the code path of {@code
 * claimcheck check --format json DIR}: the CLI's {@link OrderedParallelRunner}, one {@link
 * ClaimChecker} shared by the workers, each file read, checked and turned into a {@link FileResult}
 * on a worker, and the results streamed in input order into the JSON report on the calling thread
 * (written into a digest instead of a file).
 *
 * <p>Passes alternate between one and two workers until both have settled (the JIT has compiled
 * what a batch runs either way), then every round times one pass of each, in an order that
 * alternates from round to round. Besides wall time, each pass records the process's CPU time, the
 * CPU time and allocation of each worker, collections, and the CPU time the rest of the machine
 * used meanwhile, so that a speed-up lost to other processes can be told from one lost in the
 * code. Every pass must write the same report, byte for byte: the report may not depend on the
 * number of workers.
 */
final class BatchScaling {
  /** Other processes may use this much of a core during a pass and the round still counts as quiet. */
  static final double QUIET_OTHERS_CORES = 0.15;

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  /** The JIT settles after 12 to 22 pairs of passes over 1,000 short articles (4,000 sentences). */
  static final int MAX_WARMUP_PAIRS = 25;

  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
  /** Clock ticks per second of /proc/stat (USER_HZ, 100 on every Linux port that matters). */
  private static final double TICKS_PER_S = 100;

  private final ClaimChecker checker;
  private final ArticleReader reader = new ArticleReader();
  private final List<Path> files;
  private String reportDigest;

  private BatchScaling(ClaimChecker checker, List<Path> files) {
    this.checker = checker;
    this.files = files;
  }

  /** What one pass over the batch cost. {@code othersCores}: cores' worth of CPU other processes used meanwhile. */
  record Pass(int workers, double wallS, double processCpuS, List<Double> workerCpuS, double consumerCpuS,
      double compileS, long allocatedBytes, long collections, double collectionS, double othersCores, double load) {
    /** The workers' CPU time checking files (with one worker, also writing the report). */
    double workCpuS() {
      return workerCpuS.stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The wall time this pass would take with a core of its own for each worker and nothing else
     * running: no less than its busiest worker's CPU time, nor than the process's CPU time shared
     * over the workers. Time a worker waits (for a lock, for the consumer) is not in it.
     */
    double ownCoresS() {
      double busiest = workerCpuS.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      return Math.max(busiest, processCpuS / workers);
    }

    boolean quiet() {
      return othersCores >= 0 && othersCores <= QUIET_OTHERS_CORES;
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("workers", workers);
      m.put("wall_s", wallS);
      m.put("process_cpu_s", processCpuS);
      m.put("worker_cpu_s", workerCpuS);
      m.put("consumer_cpu_s", consumerCpuS);
      m.put("compile_s", compileS);
      m.put("allocated_mb", allocatedBytes / 1e6);
      m.put("collections", collections);
      m.put("collection_s", collectionS);
      m.put("others_cores", othersCores);
      m.put("load", load);
      return m;
    }
  }

  /** One worker thread's CPU time and allocation, from its creation to the end of its last file. */
  private static final class WorkerMeter {
    final long thread = Thread.currentThread().getId();
    final long cpuStart = THREADS.getCurrentThreadCpuTime();
    final long allocatedStart = THREADS.getThreadAllocatedBytes(thread);
    volatile long cpu;
    volatile long allocated;

    void update() {
      cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
      allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedStart;
    }
  }

  /**
   * Measures the first {@code maxArticles} files of {@code batchDir} (in path order, as the CLI
   * takes a directory) in {@code rounds} rounds after the warm-up; returns the figures as JSON.
   */
  static Map<String, Object> measure(Path batchDir, int rounds, int maxArticles) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(batchDir)) {
      files = list.sorted().limit(maxArticles).toList();
    }
    long t0 = System.nanoTime();
    BatchScaling scaling = new BatchScaling(ClaimChecker.load(), files);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", files.size());
    out.put("bytes", files.stream().mapToLong(f -> f.toFile().length()).sum());
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("jvm", System.getProperty("java.vm.version") + " " + ManagementFactory.getRuntimeMXBean().getInputArguments());

    // Warm-up: alternate until the JIT has settled, that is until it compiles for less than 5 % of
    // the CPU time of a pair of passes (at least 3 pairs, at most MAX_WARMUP_PAIRS). Until then,
    // the compiler threads take the second core: a one-worker pass gets it for free, a two-worker
    // pass has to share it, and the speed-up would measure the JIT.
    int pairs = 0;
    for (int pair = 1; pair <= MAX_WARMUP_PAIRS; pair++) {
      pairs = pair;
      Pass one = scaling.pass(1);
      Pass two = scaling.pass(2);
      double compiling = (one.compileS() + two.compileS()) / (one.processCpuS() + two.processCpuS());
      log(String.format("warm-up %d: 1 worker %.3f s (work CPU %.3f s), 2 workers %.3f s (work CPU %.3f s);"
          + " compiling %.0f %% of the CPU time", pair, one.wallS(), one.workCpuS(), two.wallS(), two.workCpuS(),
          100 * compiling));
      if (pair >= 3 && compiling < 0.05) {
        break;
      }
    }
    out.put("warmup_s", (System.nanoTime() - t0) / 1e9);
    out.put("warmup_pairs", pairs);

    List<Pass> passes = new ArrayList<>();
    List<Double> speedUp = new ArrayList<>();
    List<Double> quietSpeedUp = new ArrayList<>();
    List<Double> ownCoresSpeedUp = new ArrayList<>();
    List<Double> cpuRatio = new ArrayList<>();
    List<Double> workCpuRatio = new ArrayList<>();
    List<Double> oneRate = new ArrayList<>();
    List<Double> twoRate = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      Pass first = scaling.pass(r % 2 == 1 ? 1 : 2);
      Pass second = scaling.pass(r % 2 == 1 ? 2 : 1);
      Pass one = first.workers() == 1 ? first : second;
      Pass two = first.workers() == 1 ? second : first;
      passes.add(one);
      passes.add(two);
      double s = one.wallS() / two.wallS();
      speedUp.add(s);
      if (one.quiet() && two.quiet()) {
        quietSpeedUp.add(s);
      }
      ownCoresSpeedUp.add(one.ownCoresS() / two.ownCoresS());
      cpuRatio.add(two.processCpuS() / one.processCpuS());
      // One worker also writes the report (it runs on the calling thread); two workers do not.
      workCpuRatio.add((two.workCpuS() + two.consumerCpuS()) / one.workCpuS());
      oneRate.add(files.size() / one.wallS());
      twoRate.add(files.size() / two.wallS());
      log(String.format("round %d: 1 worker %.3f s (CPU %.3f s), 2 workers %.3f s (CPU %.3f s; workers %s s): %.2fx;"
              + " compiling %.3f / %.3f s; other processes %.2f / %.2f cores, load %.1f", r, one.wallS(),
          one.processCpuS(), two.wallS(), two.processCpuS(),
          two.workerCpuS().stream().map(c -> String.format("%.3f", c)).toList(), s, one.compileS(), two.compileS(),
          one.othersCores(), two.othersCores(), two.load()));
    }
    out.put("rounds", rounds);
    out.put("speed_up", spread(speedUp));
    out.put("quiet_rounds", quietSpeedUp.size());
    out.put("quiet_speed_up", quietSpeedUp.isEmpty() ? null : spread(quietSpeedUp));
    out.put("own_cores_speed_up", spread(ownCoresSpeedUp));
    out.put("cpu_2_to_1", spread(cpuRatio));
    out.put("work_cpu_2_to_1", spread(workCpuRatio));
    out.put("one_worker_articles_per_s", spread(oneRate));
    out.put("two_workers_articles_per_s", spread(twoRate));
    out.put("report_sha256", scaling.reportDigest);
    out.put("passes", passes.stream().map(Pass::json).toList());
    return out;
  }

  /** Checks the whole batch with {@code workers} workers; fails if the report differs from the first pass's. */
  private Pass pass(int workers) {
    ConcurrentLinkedQueue<WorkerMeter> meters = new ConcurrentLinkedQueue<>();
    CheckOptions options = CheckOptions.defaults();
    MessageDigest digest = sha256();
    ReportSession report = new JsonReportWriter("bench").start(
        new PrintWriter(new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), digest), UTF_8)));
    List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
    long collections0 = gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    long collectionMs0 = gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    long machine0 = machineBusyTicks();
    long compile0 = JIT.getTotalCompilationTime();
    long consumer0 = THREADS.getCurrentThreadCpuTime();
    long process0 = OS.getProcessCpuTime();
    long start = System.nanoTime();
    new OrderedParallelRunner<Path, FileResult>(workers, () -> {
      WorkerMeter meter = new WorkerMeter();
      meters.add(meter);
      return (Function<Path, FileResult>) file -> {
        try {
          FileResult result = checker.check(reader.read(file, null), options).toFileResult(false);
          meter.update();
          return result;
        } catch (InputException e) {
          throw new IllegalStateException("generated article does not read: " + e.getMessage(), e);
        }
      };
    }).run(files, report::file);
    report.finish();
    double wall = (System.nanoTime() - start) / 1e9;
    double process = (OS.getProcessCpuTime() - process0) / 1e9;
    double consumer = (THREADS.getCurrentThreadCpuTime() - consumer0) / 1e9;
    long machine1 = machineBusyTicks();
    double compile = (JIT.getTotalCompilationTime() - compile0) / 1e3;
    List<Double> workerCpu = meters.stream().map(m -> m.cpu / 1e9).toList();
    if (workers == 1) {
      consumer -= workerCpu.get(0); // one worker runs on the calling thread, which also writes the report
    }
    double others = machine0 < 0 || machine1 < 0 ? -1 : Math.max(0, (machine1 - machine0) / TICKS_PER_S - process) / wall;
    long allocated = meters.stream().mapToLong(m -> m.allocated).sum();
    long collections = gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - collections0;
    long collectionMs = gcs.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - collectionMs0;
    String hex = HexFormat.of().formatHex(digest.digest());
    if (reportDigest == null) {
      reportDigest = hex;
    } else if (!reportDigest.equals(hex)) {
      throw new IllegalStateException("the report with " + workers + " workers differs from the first pass's");
    }
    return new Pass(workers, wall, process, workerCpu, Math.max(0, consumer), compile, allocated, collections,
        collectionMs / 1e3, others, OS.getSystemLoadAverage());
  }

  /** CPU time all processes have used (the first line of /proc/stat, less idle and I/O wait), or -1. */
  private static long machineBusyTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long[] t = Arrays.stream(f, 1, Math.min(f.length, 9)).mapToLong(Long::parseLong).toArray();
      return Arrays.stream(t).sum() - t[3] - t[4]; // user nice system idle iowait irq softirq steal
    } catch (IOException | RuntimeException e) {
      return -1; // not Linux
    }
  }

  static Map<String, Double> spread(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("min", v[0]);
    m.put("median", Bench.median(values));
    m.put("max", v[v.length - 1]);
    return m;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void log(String message) {
    System.err.println("bench: " + message);
  }
}
