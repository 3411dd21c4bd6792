package dev.claimcheck.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelRunnerTest {
  @Test
  void resultsComeInInputOrderWhateverFinishesFirst() {
    List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
    List<Integer> out = new ArrayList<>();
    // Early inputs take longest, so later ones finish first.
    new OrderedParallelRunner<Integer, Integer>(4, () -> i -> {
      sleep((200 - i) % 7);
      return i * 10;
    }).run(inputs, out::add);
    assertEquals(inputs.stream().map(i -> i * 10).toList(), out);
  }

  @Test
  void eachThreadMakesItsOwnWorkerOnce() {
    AtomicInteger made = new AtomicInteger();
    Set<Object> workers = ConcurrentHashMap.newKeySet();
    new OrderedParallelRunner<Integer, Integer>(3, () -> {
      made.incrementAndGet();
      Object me = new Object();
      return (Function<Integer, Integer>) i -> {
        workers.add(me);
        sleep(1);
        return i;
      };
    }).run(IntStream.range(0, 60).boxed().toList(), i -> {});
    assertTrue(made.get() <= 3, "workers made: " + made.get());
    assertEquals(made.get(), workers.size());
  }

  @Test
  void aFailingWorkerEndsTheRunWithItsException() {
    OrderedParallelRunner<Integer, Integer> runner = new OrderedParallelRunner<>(2, () -> i -> {
      if (i == 5) {
        throw new IllegalStateException("boom");
      }
      return i;
    });
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> runner.run(IntStream.range(0, 20).boxed().toList(), i -> {}));
    assertEquals("boom", e.getMessage());
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
