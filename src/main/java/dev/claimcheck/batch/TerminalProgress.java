package dev.claimcheck.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (the progressbar library) for runs that take a while: it appears only
 * after {@link #DELAY} so that short runs, the common case, never flicker a bar. Not thread-safe.
 */
public final class TerminalProgress implements Progress {
  /** How long a run goes before the bar appears. */
  static final Duration DELAY = Duration.ofSeconds(1);

  private final int total;
  private final PrintStream stream;
  private final long startNanos = System.nanoTime();
  private ProgressBar bar;
  private int done;

  private TerminalProgress(int total, PrintStream stream) {
    this.total = total;
    this.stream = stream;
  }

  /**
   * A bar on {@code stderr} when it is a terminal and {@code wanted}, otherwise nothing. Runs of one
   * file get no bar.
   */
  public static Progress forStderr(int total, boolean wanted, PrintStream stderr) {
    if (!wanted || total < 2 || !isTerminal(2) || "dumb".equals(System.getenv("TERM"))) {
      return Progress.none();
    }
    return new TerminalProgress(total, stderr);
  }

  /**
   * Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. Java 17 can only tell
   * whether stdin and stdout both are ({@code System.console()}), but a report redirected to a file
   * still deserves a bar on the terminal, so on Linux the file descriptor is asked directly.
   */
  public static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  @Override
  public void step(String name) {
    done++;
    if (bar == null && done < total && System.nanoTime() - startNanos >= DELAY.toNanos()) {
      bar = new ProgressBarBuilder()
          .setTaskName("checking")
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
          .setConsumer(new ConsoleProgressBarConsumer(stream))
          .setUnit(" files", 1)
          .showSpeed()
          .setSpeedUnit(ChronoUnit.SECONDS)
          .setUpdateIntervalMillis(200)
          .startsFrom(0, Duration.ofNanos(System.nanoTime() - startNanos))
          .build();
    }
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(shorten(name));
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }

  private static String shorten(String name) {
    return name.length() <= 30 ? name : "…" + name.substring(name.length() - 29);
  }
}
