package dev.claimcheck.check;

import dev.claimcheck.match.MatchedArticle;
import java.util.List;

/**
 * One kind of check over a matched article. Implementations are stateless and thread-safe: the
 * same instance checks many articles at once. "No finding" is an empty list, never an exception.
 */
public interface Check {
  /** A short stable id, e.g. {@code "claims"}, {@code "dosing"}. */
  String id();

  List<Finding> check(MatchedArticle article);
}
