package dev.claimcheck.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL that is safe to put in a link: an absolute http or https URL with a host. Anything else
 * ({@code javascript:}, {@code data:}, relative paths, malformed text) is shown as text instead.
 * Immutable.
 */
record SafeUrl(String value) {
  static Optional<SafeUrl> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(new SafeUrl(uri.toASCIIString()));
      }
    } catch (URISyntaxException e) {
      // not a URL: shown as text
    }
    return Optional.empty();
  }
}
