package dev.claimcheck.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link ClaimServer} listens and what it allows. Immutable.
 *
 * @param host the address to bind (127.0.0.1 by default: the service is not on the network unless asked)
 * @param port the port; 0 picks a free one ({@link ClaimServer#port()} tells which)
 * @param maxBodyBytes larger request bodies are refused with 413 before they are read
 * @param timeout how long one check or analysis may take, waiting in the queue included (then 503)
 * @param workers threads that check, each with its own analyser
 * @param queue requests that may wait for a worker; one more is refused with 429
 * @param token when present, every route but /healthz wants {@code Authorization: Bearer <token>}
 * @param corsOrigin when present, the browser origin allowed to call the service ("*" for any)
 * @param inlineSuppressions whether posted texts' claimcheck-disable comments count (off: texts are untrusted)
 * @param version the version reports name
 */
public record ServerSettings(
    String host,
    int port,
    long maxBodyBytes,
    Duration timeout,
    int workers,
    int queue,
    Optional<String> token,
    Optional<String> corsOrigin,
    boolean inlineSuppressions,
    String version) {
  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(corsOrigin, "corsOrigin");
    Objects.requireNonNull(version, "version");
    if (port < 0 || port > 65535 || maxBodyBytes <= 0 || workers < 1 || queue < 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("bad server settings: " + port + ", " + maxBodyBytes + ", " + workers + ", " + queue + ", " + timeout);
    }
  }

  /** Local defaults: 1 MB bodies, 30 s per request, a worker per core, 64 waiting, no token, no CORS. */
  public static ServerSettings defaults(String version) {
    return new ServerSettings("127.0.0.1", 8080, 1024 * 1024, Duration.ofSeconds(30),
        Runtime.getRuntime().availableProcessors(), 64, Optional.empty(), Optional.empty(), false, version);
  }

  public ServerSettings withPort(int port) {
    return new ServerSettings(host, port, maxBodyBytes, timeout, workers, queue, token, corsOrigin, inlineSuppressions, version);
  }

  public ServerSettings withLimits(long maxBodyBytes, Duration timeout, int workers, int queue) {
    return new ServerSettings(host, port, maxBodyBytes, timeout, workers, queue, token, corsOrigin, inlineSuppressions, version);
  }

  public ServerSettings withAccess(Optional<String> token, Optional<String> corsOrigin) {
    return new ServerSettings(host, port, maxBodyBytes, timeout, workers, queue, token, corsOrigin, inlineSuppressions, version);
  }
}
