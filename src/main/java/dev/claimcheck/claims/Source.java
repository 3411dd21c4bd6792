package dev.claimcheck.claims;

import java.util.Objects;

/** An authoritative source behind a rating: a title and a URL that really exist. */
public record Source(String title, String url) {
  public Source {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
  }
}
