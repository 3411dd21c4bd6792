package dev.claimcheck.cli;

/** The one line shown when checking an input hits a bug rather than bad input. */
final class InternalFailure {
  private InternalFailure() {}

  /** {@code path: internal error while checking (Type: first line of message); please report it}. */
  static String describe(String path, Throwable e) {
    String message = e.getMessage();
    String detail = e.getClass().getSimpleName();
    if (message != null && !message.isBlank()) {
      detail += ": " + message.strip().lines().findFirst().orElse("");
    }
    return path + ": internal error while checking (" + detail + "); please report it";
  }
}
