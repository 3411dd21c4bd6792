package dev.claimcheck.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a function over a list of inputs on {@code jobs} threads and hands the results to a consumer
 * in input order, each as soon as it and every result before it are done. Each thread makes its
 * own worker with the factory once (for workers that are not thread-safe, such as OpenNLP
 * taggers); the consumer runs on the calling thread only. At most a few results per thread are
 * waiting at any time, so memory stays flat however long the batch.
 *
 * <p>With one job everything runs on the calling thread. The output does not depend on the number
 * of jobs. A worker that throws ends the run: the exception is rethrown by {@link #run}.
 */
public final class OrderedParallelRunner<I, R> {
  /** Results in flight per thread: enough to keep every thread busy while the consumer writes. */
  private static final int WINDOW_PER_JOB = 4;

  private final int jobs;
  private final Supplier<? extends Function<I, R>> workers;

  public OrderedParallelRunner(int jobs, Supplier<? extends Function<I, R>> workers) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    this.jobs = jobs;
    this.workers = workers;
  }

  public void run(List<I> inputs, Consumer<? super R> consumer) {
    if (jobs == 1 || inputs.size() <= 1) {
      Function<I, R> worker = workers.get();
      for (I input : inputs) {
        consumer.accept(worker.apply(input));
      }
      return;
    }
    ThreadLocal<Function<I, R>> perThread = ThreadLocal.withInitial(workers);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()), daemonThreads());
    try {
      Deque<Future<R>> pending = new ArrayDeque<>();
      int next = 0;
      int window = jobs * WINDOW_PER_JOB;
      while (next < inputs.size() || !pending.isEmpty()) {
        while (next < inputs.size() && pending.size() < window) {
          I input = inputs.get(next++);
          pending.add(pool.submit(() -> perThread.get().apply(input)));
        }
        consumer.accept(await(pending.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads, so that a failed run never keeps the JVM alive. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "claimcheck-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
