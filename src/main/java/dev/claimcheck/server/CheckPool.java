package dev.claimcheck.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fixed pool of workers that check and analyse, behind a bounded queue: work beyond the queue
 * is refused at once (429) rather than piling up in memory, and work that is not done within the
 * time limit, waiting included, is answered 503. HTTP threads only read bodies and write answers,
 * so a slow check never holds one. Thread-safe.
 *
 * <p>A check that has started when its time runs out is not interrupted (the analysis does not
 * look at interrupts); it runs to its end, which the sentence and word limits bound, and its result
 * is dropped. A check still waiting in the queue then never starts.
 */
final class CheckPool implements AutoCloseable {
  private final ThreadPoolExecutor executor;
  private final int queue;
  private final Duration timeout;

  CheckPool(int workers, int queue, Duration timeout) {
    this.queue = queue;
    this.timeout = timeout;
    BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    AtomicInteger n = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, waiting, r -> {
      Thread t = new Thread(r, "claimcheck-worker-" + n.incrementAndGet());
      t.setDaemon(true); // the server's own threads keep the JVM alive, and shutdown drains these first
      return t;
    });
    executor.prestartAllCoreThreads();
  }

  /**
   * Runs {@code work} on a worker. The future completes with its result, or exceptionally with
   * what it threw, or with an {@link ApiError} 503 when the time limit passed first.
   *
   * @throws ApiError 429 when the queue is full, 503 when the pool is shutting down
   */
  <T> CompletableFuture<T> submit(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    FutureTask<Void> task = new FutureTask<>(() -> {
      try {
        result.complete(work.call());
      } catch (Throwable t) { // every failure, bugs included, is the request's answer (a JSON 500), not a dead worker
        result.completeExceptionally(t);
      }
      return null;
    });
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      if (executor.isShutdown()) {
        throw ApiError.retryLater(503, "the server is shutting down", 1);
      }
      throw ApiError.retryLater(429, "the server is busy: " + executor.getActiveCount() + " checks running and "
          + queue + " waiting; try again shortly", 1);
    }
    return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(t -> {
      if (t instanceof TimeoutException) {
        task.cancel(false);
        return CompletableFuture.failedFuture(ApiError.retryLater(503, "the request took longer than the server's limit of "
            + seconds(timeout) + "; try again later or send a shorter text", (int) Math.ceil(timeout.toMillis() / 1000.0)));
      }
      return CompletableFuture.failedFuture(t);
    });
  }

  /** Checks running and waiting, for the metrics. */
  int active() {
    return executor.getActiveCount();
  }

  int waiting() {
    return executor.getQueue().size();
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
  }

  /** Refuses new work, lets the work taken finish (up to {@code grace}). */
  void close(Duration grace) {
    executor.shutdown();
    try {
      executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ZERO);
  }
}
