package dev.claimcheck.claimreview;

import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.DraftRow;
import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.claims.Relation;
import dev.claimcheck.claims.Source;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.InputException;
import dev.claimcheck.match.FrameMatch;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.read.Attribution;
import dev.claimcheck.read.ClaimFrame;
import dev.claimcheck.read.Polarity;
import dev.claimcheck.read.SentenceReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns ClaimReviews into draft rows: reads each {@code claimReviewed} with the sentence reader
 * (through {@link ClaimChecker#analyze}), keeps it when it states exactly one affirmed claim about
 * a registry substance and an outcome of the vocabulary, and maps its rating. Reviews of the same
 * (substance, relation, outcome) make one row; a claim the database already rates is compared, not
 * written again. Thread-safe when the checker is.
 */
public final class ClaimReviewImporter {
  private final ClaimChecker checker;
  private final RatingMapper ratings = new RatingMapper();

  public ClaimReviewImporter(ClaimChecker checker) {
    this.checker = checker;
  }

  /** What the reviews of {@code file} (named in notes) come to. */
  public ImportResult importReviews(String file, List<FactCheck> reviews) {
    Map<String, List<Candidate>> byRow = new LinkedHashMap<>();
    List<ImportResult.Known> known = new ArrayList<>();
    List<ImportResult.Unmapped> unmapped = new ArrayList<>();
    for (FactCheck review : reviews) {
      Reading reading = read(review);
      if (reading.reason().isPresent()) {
        unmapped.add(new ImportResult.Unmapped(review, reading.reason().get()));
        continue;
      }
      Candidate c = reading.candidate().get();
      Optional<RatingMapper.Mapped> rating = ratings.map(review);
      if (rating.isEmpty()) {
        unmapped.add(new ImportResult.Unmapped(review, ratings.whyNot(review)));
        continue;
      }
      if (review.url().isEmpty() || !review.url().get().matches("https?://\\S+")) {
        unmapped.add(new ImportResult.Unmapped(review, review.url().isEmpty()
            ? "no url: a row needs a source a person can read"
            : "url \"" + review.url().get() + "\" is not a web address a row can cite"));
        continue;
      }
      Optional<EvidenceRow> existing = exactRow(c);
      if (existing.isPresent()) {
        known.add(new ImportResult.Known(review, existing.get().claim(), rating.get().rating()));
        continue;
      }
      byRow.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(new Candidate(c.frame(), c.found(), c.text(), review, rating.get()));
    }
    List<ImportResult.Draft> drafts = new ArrayList<>();
    for (List<Candidate> group : byRow.values()) {
      drafts.add(draft(file, group));
    }
    return new ImportResult(drafts, known, unmapped);
  }

  /** A review's claim as one frame, with the row the frame found (maybe through the hierarchy). */
  private record Candidate(ClaimFrame frame, Optional<EvidenceRow> found, String text, FactCheck review,
      RatingMapper.Mapped rating) {
    Candidate(ClaimFrame frame, Optional<EvidenceRow> found, String text) {
      this(frame, found, text, null, null);
    }

    String key() {
      return frame.subject().get() + " " + frame.relation() + " " + frame.outcome().orElse("");
    }
  }

  /** The one claim of a review, or why there is none. */
  private record Reading(Optional<Candidate> candidate, Optional<String> reason) {
    static Reading of(Candidate c) {
      return new Reading(Optional.of(c), Optional.empty());
    }

    static Reading not(String reason) {
      return new Reading(Optional.empty(), Optional.of(reason));
    }
  }

  private Reading read(FactCheck review) {
    if (review.claimReviewed().isEmpty()) {
      return Reading.not("no claimReviewed");
    }
    String text = sentence(review.claimReviewed().get());
    MatchedArticle matched;
    try {
      Article article = checker.read("claimReviewed", text, ArticleFormat.TEXT);
      matched = checker.analyze(article);
    } catch (InputException e) {
      return Reading.not("claimReviewed cannot be read: " + e.getMessage());
    }
    Map<String, Candidate> claims = new LinkedHashMap<>();
    List<String> why = new ArrayList<>();
    List<SentenceReading.Mention> mentions = new ArrayList<>();
    for (MatchedSentence ms : matched.sentences()) {
      mentions.addAll(ms.reading().mentions());
      for (FrameMatch fm : ms.frames()) {
        ClaimFrame f = fm.frame();
        boolean needsOutcome = f.relation() != Relation.SAFE && f.relation() != Relation.APPROVED;
        if (f.subject().isEmpty()) {
          why.add("\"" + f.subjectText() + "\" is no substance of the registry");
        } else if (f.outcome().isEmpty() && needsOutcome) {
          why.add(f.outcomeText().isBlank() ? "no outcome named for " + f.subject().get()
              : "no outcome of the vocabulary in \"" + f.outcomeText() + "\"");
        } else if (f.polarity() == Polarity.NEGATED || f.attribution() == Attribution.DENIED) {
          // Rows state propositions affirmed; a rating of "X does not cause Y" says nothing sure of "X causes Y".
          why.add("the claim is negated (\"" + f.cue() + "\"): rows state claims affirmed, so rate \""
              + f.subjectText() + " " + f.relation().label() + " " + f.outcomeText() + "\" by hand");
        } else {
          Candidate c = new Candidate(f, fm.row(), text);
          claims.putIfAbsent(c.key(), c);
        }
      }
    }
    if (claims.size() == 1) {
      return Reading.of(claims.values().iterator().next());
    }
    if (claims.size() > 1) {
      return Reading.not("names " + claims.size() + " claims (" + String.join("; ", claims.values().stream()
          .map(c -> c.frame().subject().get() + " " + c.frame().relation().label() + " " + c.frame().outcome().orElse(""))
          .toList()) + "): one rating of the whole cannot be given to each");
    }
    if (!why.isEmpty()) {
      return Reading.not(String.join("; ", new LinkedHashSet<>(why)));
    }
    if (!mentions.isEmpty()) {
      SentenceReading.Mention m = mentions.get(0);
      return Reading.not("names " + m.subject() + " beside " + m.outcome() + " but no relation between them");
    }
    return Reading.not("no claim read: no substance of the registry doing something to an outcome");
  }

  /** The claim as one sentence: outer quotes off, a full stop added, so that it is not read as a heading. */
  static String sentence(String claim) {
    String s = unquoted(claim);
    char last = s.isEmpty() ? '.' : s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' ? s : s + ".";
  }

  /** The claim without the quotation marks some fact checkers put around it. */
  public static String unquoted(String claim) {
    String s = claim.strip();
    if (s.length() >= 2 && isQuote(s.charAt(0)) && isQuote(s.charAt(s.length() - 1))) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** The database's row with exactly this substance, relation and outcome (not one found through the hierarchy). */
  private Optional<EvidenceRow> exactRow(Candidate c) {
    ClaimFrame f = c.frame();
    return checker.database().rows().stream()
        .filter(r -> r.substance().equals(f.subject().get()) && r.relation() == f.relation() && r.outcome().equals(f.outcome()))
        .findFirst();
  }

  private static ImportResult.Draft draft(String file, List<Candidate> group) {
    Candidate first = group.get(0);
    ClaimFrame f = first.frame();
    Set<String> examples = new LinkedHashSet<>();
    List<Source> sources = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<String> ratings = new LinkedHashSet<>();
    for (Candidate c : group) {
      FactCheck r = c.review();
      examples.add(c.text());
      String who = r.author().orElse("A fact checker");
      String claim = unquoted(r.claimReviewed().get());
      Source source = new Source(r.author().map(a -> a + ": ").orElse("") + "fact check of \u201C"
          + claim + "\u201D" + r.datePublished().map(d -> " (" + d + ")").orElse(""), r.url().get());
      if (sources.stream().noneMatch(s -> s.url().equals(source.url()))) {
        sources.add(source);
      }
      verdicts.add(who + " rated the claim \u201C" + claim + "\u201D " + quoted(r)
          + r.datePublished().map(d -> " (" + d + ")").orElse("") + ".");
      notes.add("review #" + r.index() + ": " + c.rating().how());
      ratings.add(c.rating().rating().label());
    }
    StringBuilder note = new StringBuilder("Draft imported from ClaimReview in " + file + " (" + String.join("; ", notes) + ").");
    if (ratings.size() > 1) {
      note.append(" The fact checks disagree (").append(String.join(", ", ratings)).append("); the first one's rating is proposed.");
    }
    if (first.found().isPresent()) {
      Claim near = first.found().get().claim();
      note.append(" The sentence reader finds ").append(near.id().value()).append(" (").append(near.rating().label())
          .append(") for it today, through the outcome hierarchy; this row would be more specific.");
    }
    note.append(" To review: read the fact check and the evidence it cites, check the rating against RUBRIC.md, write the"
        + " verdict in your own words, add sources you have read and a counterexample, then delete the draft line.");
    DraftRow row = new DraftRow(f.subject().get(), f.relation(), f.outcome(), first.rating().rating(),
        String.join(" ", verdicts), sources, List.copyOf(examples), note.toString());
    return new ImportResult.Draft(row, group.stream().map(Candidate::review).toList());
  }

  /** "“False”", or for a number "at 2 on a 1-5 scale". */
  private static String quoted(FactCheck review) {
    return review.ratingText().isPresent() ? "\u201C" + review.ratingText().get() + "\u201D"
        : "at " + review.ratingLabel().replace(" on ", " on a ") + " scale";
  }
}
