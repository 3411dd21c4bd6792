package dev.claimcheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch says when it is interrupted (SIGINT, Ctrl-C, or SIGTERM): which files were done,
 * and what became of the report. Installed as a JVM shutdown hook for the length of a batch and
 * removed when the batch ends normally, so it speaks only when the run is cut short. The report
 * file's temporary copy is discarded first, so that an interrupted run leaves the previous report
 * (or none), never half of a new one. Thread-safe.
 */
final class InterruptNotice implements AutoCloseable {
  /** Names listed in full; beyond this the line gives the count and the last one done. */
  private static final int LISTED = 20;

  private final List<String> inputs;
  private final List<String> done = new ArrayList<>();
  private final PrintWriter err;
  private final String reportFate;
  private final Runnable discardReport;
  private final Thread hook;

  /**
   * @param inputs the batch's paths, in report order
   * @param reportFate what an interruption means for the report, e.g. "report.json is unchanged"
   * @param discardReport run first on interruption, e.g. to delete the report's temporary file
   */
  InterruptNotice(List<String> inputs, PrintWriter err, String reportFate, Runnable discardReport) {
    this.inputs = List.copyOf(inputs);
    this.err = err;
    this.reportFate = reportFate;
    this.discardReport = discardReport;
    this.hook = new Thread(this::interrupted, "claimcheck-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Records that {@code path}'s result is in the report. */
  synchronized void done(String path) {
    done.add(path);
  }

  /** The batch ended normally: say nothing on exit. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook speaks
    }
  }

  private void interrupted() {
    discardReport.run();
    String line;
    synchronized (this) {
      line = describe(done, inputs.size(), reportFate);
    }
    err.println(line);
    err.flush();
  }

  /** One line: how many files were done, which, and what became of the report. */
  static String describe(List<String> done, int total, String reportFate) {
    StringBuilder sb = new StringBuilder("claimcheck: interrupted after " + done.size() + " of " + total
        + (total == 1 ? " file" : " files"));
    if (!done.isEmpty()) {
      sb.append(" (done: ");
      if (done.size() <= LISTED) {
        sb.append(String.join(", ", done));
      } else {
        // Results come in input order, so the files done are the first ones, up to the last named.
        sb.append(String.join(", ", done.subList(0, LISTED))).append(", ... up to ").append(done.get(done.size() - 1));
      }
      sb.append(')');
    }
    return sb.append("; ").append(reportFate).toString();
  }
}
