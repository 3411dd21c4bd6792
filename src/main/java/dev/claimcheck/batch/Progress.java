package dev.claimcheck.batch;

/** Shows how far a batch has got. Called from one thread. */
public interface Progress extends AutoCloseable {
  /** One more input is done; {@code name} is the one just finished. */
  void step(String name);

  /** Removes or completes the display. */
  @Override
  void close();

  /** Shows nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      public void step(String name) {}

      @Override
      public void close() {}
    };
  }
}
