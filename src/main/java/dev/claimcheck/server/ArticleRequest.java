package dev.claimcheck.server;

import dev.claimcheck.ingest.ArticleFormat;
import java.util.List;
import java.util.Objects;

/** A text posted for checking or analysis, how to read it, and the rules to switch off. Immutable. */
record ArticleRequest(String text, ArticleFormat format, List<String> disable) {
  ArticleRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    disable = List.copyOf(disable);
  }
}
