package dev.claimcheck.spark;

import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.claims.ClaimDatabaseException;
import dev.claimcheck.ingest.ArticleReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one {@link ClaimChecker} of this JVM. Loading the models and the database takes seconds, so
 * an executor loads them once, on its first task, and every later task and partition reuses them
 * (the checker is thread-safe: each task thread gets its own analyzer). A static holder is the way
 * to keep state across tasks on a Spark executor; nothing but this class holds it.
 */
final class SharedChecker {
  private static ClaimChecker loaded; // guarded by SharedChecker.class
  private static final Map<Long, ClaimChecker> BY_LIMIT = new ConcurrentHashMap<>();

  private SharedChecker() {}

  /**
   * The checker whose reader refuses texts over {@code maxTextBytes}; every limit shares the one
   * engine (models, database, matcher).
   *
   * @throws IllegalStateException when the database cannot be loaded: no article can be checked,
   *     so the task fails rather than report every row as bad
   */
  static ClaimChecker forLimit(long maxTextBytes) {
    return BY_LIMIT.computeIfAbsent(maxTextBytes, limit -> new ClaimChecker(load().engine(), new ArticleReader(limit)));
  }

  private static synchronized ClaimChecker load() {
    if (loaded == null) {
      try {
        loaded = ClaimChecker.load();
      } catch (ClaimDatabaseException e) {
        throw new IllegalStateException("claimcheck cannot load its claims database: " + e.getMessage(), e);
      }
    }
    return loaded;
  }
}
