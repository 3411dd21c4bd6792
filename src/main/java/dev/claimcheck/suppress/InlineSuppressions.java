package dev.claimcheck.suppress;

import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.SourceComment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the suppression comments of a Markdown or HTML article to its findings.
 *
 * <p>{@code <!-- claimcheck-disable-next-line ID: reason -->} holds back the findings named by ID
 * on the next line that has text; {@code <!-- claimcheck-disable ID: reason -->} those from the
 * comment to the next {@code <!-- claimcheck-enable ID -->} (or {@code claimcheck-enable} without
 * ids) or the end of the file. Without ids a directive covers every finding. A directive must say
 * why: one without a reason suppresses nothing and is reported itself ({@value #NO_REASON}), so
 * that a submission cannot silence the checker without leaving a visible trace; so is a comment
 * that starts with {@code claimcheck-} but is no known directive ({@value #INVALID}). Stateless and
 * thread-safe.
 */
public final class InlineSuppressions {
  /** The rule of a suppression comment without a reason. */
  public static final String NO_REASON = "suppression-without-reason";

  /** The rule of a claimcheck comment that is no known directive. */
  public static final String INVALID = "invalid-suppression";

  private final DirectiveParser parser = new DirectiveParser();

  /** A stretch of the source where a directive holds findings back. */
  private record Range(int start, int end, SuppressionDirective directive) {}

  /**
   * The findings of {@code article} left after its suppression comments, plus a finding for each
   * faulty comment.
   */
  public Outcome apply(Article article, List<Finding> findings) {
    if (article.comments().isEmpty()) {
      return new Outcome(findings, 0);
    }
    List<Finding> problems = new ArrayList<>();
    List<SuppressionDirective> directives = new ArrayList<>();
    for (DirectiveParser.Parsed p : parser.parse(article.comments())) {
      if (p.problem().isPresent()) {
        problems.add(problem(INVALID, "Not a claimcheck directive: " + p.problem().get() + ".", p.comment()));
        continue;
      }
      SuppressionDirective d = p.directive().orElseThrow();
      if (d.kind() != SuppressionDirective.Kind.ENABLE && d.reason().isEmpty()) {
        problems.add(problem(NO_REASON, "This suppression gives no reason, so it is ignored: write "
            + "<!-- " + d.kind().keyword + " " + (d.selectors().isEmpty() ? "ID" : join(d.selectors()))
            + ": why the finding does not apply -->.", p.comment()));
        continue;
      }
      directives.add(d);
    }
    List<Range> ranges = ranges(article.text(), directives);
    List<Finding> kept = new ArrayList<>();
    int suppressed = 0;
    for (Finding f : findings) {
      boolean held = false;
      for (Range r : ranges) {
        if (f.start() >= r.start() && f.start() < r.end() && r.directive().covers(f)) {
          held = true;
          break;
        }
      }
      if (held) {
        suppressed++;
      } else {
        kept.add(f);
      }
    }
    kept.addAll(problems);
    kept.sort(Comparator.comparingInt(Finding::start));
    return new Outcome(kept, suppressed);
  }

  private static List<Range> ranges(String text, List<SuppressionDirective> directives) {
    List<Range> ranges = new ArrayList<>();
    // Open disables by selector id ("" for all), each with where it started.
    Map<String, SuppressionDirective> open = new LinkedHashMap<>();
    for (SuppressionDirective d : directives) {
      switch (d.kind()) {
        case NEXT_LINE -> nextLine(text, d.comment().end()).ifPresent(line -> ranges.add(new Range(line[0], line[1], d)));
        case DISABLE -> {
          if (d.selectors().isEmpty()) {
            open.putIfAbsent("", d);
          } else {
            d.selectors().forEach(s -> open.putIfAbsent(s.id(), d));
          }
        }
        case ENABLE -> {
          List<String> closing = d.selectors().isEmpty()
              ? List.copyOf(open.keySet())
              : d.selectors().stream().map(RuleSelector::id).filter(open::containsKey).toList();
          for (String id : closing) {
            SuppressionDirective disable = open.remove(id);
            ranges.add(new Range(disable.comment().end(), d.comment().start(), only(disable, id)));
          }
        }
      }
    }
    open.forEach((id, disable) -> ranges.add(new Range(disable.comment().end(), text.length(), only(disable, id))));
    return ranges;
  }

  /** The directive narrowed to one of its ids, so enabling one id leaves the others disabled. */
  private static SuppressionDirective only(SuppressionDirective d, String id) {
    return id.isEmpty() ? d : new SuppressionDirective(d.kind(), List.of(new RuleSelector(id)), d.reason(), d.comment());
  }

  /** Start and end char index of the first line after {@code from}'s line that has text. */
  private static Optional<int[]> nextLine(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    while (i < text.length()) {
      // i is at a line break: skip it, then look at the line that follows.
      i += text.startsWith("\r\n", i) ? 2 : 1;
      int start = i;
      boolean hasText = false;
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        hasText |= !Character.isWhitespace(text.charAt(i));
        i++;
      }
      if (hasText) {
        return Optional.of(new int[] {start, i});
      }
    }
    return Optional.empty();
  }

  private static Finding problem(String rule, String message, SourceComment c) {
    return new Finding(Category.SUPPRESSION, Severity.WARNING, rule, message, "<!--" + c.text() + "-->",
        c.start(), c.end(), Optional.empty(), List.of());
  }

  private static String join(List<RuleSelector> selectors) {
    return String.join(", ", selectors.stream().map(RuleSelector::id).toList());
  }
}
