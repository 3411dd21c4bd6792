package dev.claimcheck.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a ClaimReview report says about the review itself, which no article carries: who reviews,
 * when, where the review is published, where the articles are, and who wrote the claims. Immutable.
 *
 * @param author the reviewing organisation ({@code author} of each ClaimReview)
 * @param date the review's publication date ({@code datePublished})
 * @param reviewUrl the page that publishes the review ({@code url}; Google requires one)
 * @param articleUrl where the article is published; {@code {path}} in it stands for the file's path
 *     (URL-encoded), so one pattern serves a batch; empty: the path itself, as a relative reference
 * @param claimAuthor who wrote the articles: the {@code author} of the claims they state in their
 *     own voice (never of claims they report others making)
 */
public record ClaimReviewOptions(String author, LocalDate date, Optional<String> reviewUrl, Optional<String> articleUrl,
    Optional<String> claimAuthor) {
  public static final String PATH_PLACEHOLDER = "{path}";

  public ClaimReviewOptions {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reviewUrl, "reviewUrl");
    Objects.requireNonNull(articleUrl, "articleUrl");
    Objects.requireNonNull(claimAuthor, "claimAuthor");
  }

  /** The URL of the article read from {@code path}; empty for standard input without a URL given. */
  Optional<String> articleUrl(String path) {
    if (articleUrl.isPresent()) {
      String pattern = articleUrl.get();
      String encoded = encodePath(path);
      if (pattern.contains("/" + PATH_PLACEHOLDER) && encoded.startsWith("/")) {
        encoded = encoded.substring(1); // an absolute path after the pattern's slash: one slash, not two
      }
      return Optional.of(pattern.contains(PATH_PLACEHOLDER) ? pattern.replace(PATH_PLACEHOLDER, encoded) : pattern);
    }
    return path.equals("-") ? Optional.empty() : Optional.of(encodePath(path));
  }

  /** Each segment percent-encoded (a space as %20), the slashes kept. */
  private static String encodePath(String path) {
    String[] parts = path.replace('\\', '/').split("/", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      sb.append(i == 0 ? "" : "/").append(URLEncoder.encode(parts[i], StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }
}
