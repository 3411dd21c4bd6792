package dev.claimcheck.suppress;

import dev.claimcheck.ingest.SourceComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppression directives from comments, ESLint style:
 * {@code claimcheck-disable-next-line ID[, ID...]: reason}, {@code claimcheck-disable [ID...]: reason}
 * and {@code claimcheck-enable [ID...]}. Comments that do not start with {@code claimcheck-} are
 * someone else's and are ignored. Stateless and thread-safe.
 */
final class DirectiveParser {
  /** The keyword, then the rest; longest keyword first so "disable" does not eat "disable-next-line". */
  private static final Pattern DIRECTIVE =
      Pattern.compile("\\s*(claimcheck-[A-Za-z-]*)(.*)", Pattern.DOTALL);
  private static final Pattern SEPARATOR = Pattern.compile("[\\s,]+");

  /** A directive, or the reason a claimcheck comment is not one. */
  record Parsed(Optional<SuppressionDirective> directive, Optional<String> problem, SourceComment comment) {}

  /** The claimcheck comments among {@code comments}, each parsed or with its problem. */
  List<Parsed> parse(List<SourceComment> comments) {
    List<Parsed> out = new ArrayList<>();
    for (SourceComment c : comments) {
      Matcher m = DIRECTIVE.matcher(c.text());
      if (m.matches()) {
        out.add(parse(c, m.group(1), m.group(2)));
      }
    }
    return out;
  }

  private static Parsed parse(SourceComment c, String keyword, String rest) {
    SuppressionDirective.Kind kind = null;
    for (SuppressionDirective.Kind k : SuppressionDirective.Kind.values()) {
      if (k.keyword.equals(keyword)) {
        kind = k;
      }
    }
    if (kind == null) {
      return new Parsed(Optional.empty(), Optional.of("unknown directive \"" + keyword
          + "\"; use claimcheck-disable-next-line, claimcheck-disable or claimcheck-enable"), c);
    }
    int colon = rest.indexOf(':');
    String ids = colon < 0 ? rest : rest.substring(0, colon);
    String reason = colon < 0 ? "" : rest.substring(colon + 1).strip();
    List<RuleSelector> selectors = new ArrayList<>();
    for (String id : SEPARATOR.split(ids.strip())) {
      if (!id.isEmpty()) {
        selectors.add(new RuleSelector(id));
      }
    }
    return new Parsed(Optional.of(new SuppressionDirective(kind, selectors,
        reason.isEmpty() ? Optional.empty() : Optional.of(reason), c)), Optional.empty(), c);
  }
}
