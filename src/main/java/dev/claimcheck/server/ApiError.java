package dev.claimcheck.server;

import java.util.OptionalInt;

/**
 * A request the service refuses, with the status and the one-line reason the client gets as
 * {@code {"error": "...", "status": N}}. Carries no stack trace: it is an answer, not a bug.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final OptionalInt retryAfterSeconds;

  ApiError(int status, String message) {
    this(status, message, OptionalInt.empty());
  }

  private ApiError(int status, String message, OptionalInt retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A refusal for now (busy, too slow, stopping) that says when to try again. */
  static ApiError retryLater(int status, String message, int seconds) {
    return new ApiError(status, message, OptionalInt.of(Math.max(1, seconds)));
  }

  int status() {
    return status;
  }

  OptionalInt retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
