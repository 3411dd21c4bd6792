package dev.claimcheck.ingest;

/** An input that cannot be read as an article; the message is one line meant for the user. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
