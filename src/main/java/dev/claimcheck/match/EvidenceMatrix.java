package dev.claimcheck.match;

import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.claims.OutcomeType;
import dev.claimcheck.claims.Outcomes;
import dev.claimcheck.claims.Relation;
import dev.claimcheck.read.ClaimFrame;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rated rows indexed by (substance, relation, outcome). A frame finds the row of its subject
 * and relation for its outcome, or for the nearest outcome above it in the hierarchy; a relation
 * with no row of its own falls back to its nearest kin (a cure to a treatment, a treatment to an
 * improvement and back), so "cures arthritis" still meets the rating of "treats arthritis". Lookups
 * cost a few map reads whatever the size of the database. Immutable and thread-safe.
 */
public final class EvidenceMatrix {
  /** Relations to try, in order, when a frame states the key. */
  private static final Map<Relation, List<Relation>> KIN = Map.of(
      Relation.TREATS, List.of(Relation.TREATS, Relation.IMPROVES, Relation.CURES),
      Relation.CURES, List.of(Relation.CURES, Relation.TREATS),
      Relation.PREVENTS, List.of(Relation.PREVENTS, Relation.TREATS),
      Relation.IMPROVES, List.of(Relation.IMPROVES, Relation.TREATS),
      Relation.CAUSES, List.of(Relation.CAUSES),
      Relation.SAFE, List.of(Relation.SAFE),
      Relation.INTERACTS, List.of(Relation.INTERACTS),
      Relation.APPROVED, List.of(Relation.APPROVED));

  /** Relations to try on an outcome's opposite: improving sleep is treating insomnia. */
  private static final Map<Relation, List<Relation>> ACROSS = Map.of(
      Relation.TREATS, List.of(Relation.IMPROVES),
      Relation.CURES, List.of(Relation.IMPROVES),
      Relation.PREVENTS, List.of(Relation.PREVENTS, Relation.IMPROVES),
      Relation.IMPROVES, List.of(Relation.TREATS, Relation.PREVENTS, Relation.CURES),
      Relation.CAUSES, List.of(Relation.CAUSES),
      Relation.SAFE, List.of(Relation.SAFE),
      Relation.INTERACTS, List.of(),
      Relation.APPROVED, List.of(Relation.APPROVED));

  /** The outcome of a substance's catch-all row on conditions no other row covers. */
  static final String OTHER_CONDITION = "OTHER_CONDITION";

  private record Key(String substance, Relation relation, String outcome) {}

  private final Map<Key, EvidenceRow> rows = new HashMap<>();
  private final Outcomes outcomes;

  public EvidenceMatrix(ClaimDatabase db) {
    this.outcomes = db.outcomes();
    for (EvidenceRow r : db.rows()) {
      rows.putIfAbsent(new Key(r.substance(), r.relation(), r.outcome().orElse("")), r);
    }
  }

  /** The most specific row for the frame, if its subject is a known substance and a row covers it. */
  public Optional<EvidenceRow> find(ClaimFrame frame) {
    if (frame.subject().isEmpty()) {
      return Optional.empty();
    }
    String substance = frame.subject().get();
    List<Relation> relations = KIN.get(frame.relation());
    if (frame.outcome().isEmpty()) {
      return first(substance, relations, "");
    }
    List<String> lineage = outcomes.lineage(frame.outcome().get());
    for (String outcome : lineage) {
      Optional<EvidenceRow> row = first(substance, relations, outcome);
      if (row.isPresent()) {
        return row;
      }
    }
    // "Relieves pain" with rows only on joint pain and headache: the nearest narrower row stands
    // for the broader claim, whose evidence is no stronger than that of its parts.
    Optional<EvidenceRow> narrower = below(substance, relations, frame.outcome().get(), 2);
    if (narrower.isPresent()) {
      return narrower;
    }
    // "Helps you sleep" meets the row on insomnia, "damages your liver" the one on liver damage.
    List<Relation> across = ACROSS.get(frame.relation());
    for (String outcome : lineage) {
      for (String opposite : outcomes.opposites(outcome)) {
        for (String o : outcomes.lineage(opposite)) {
          Optional<EvidenceRow> row = first(substance, across, o);
          if (row.isPresent()) {
            return row;
          }
        }
      }
    }
    // "Safe for the liver" with no row of its own is still a claim that it is safe.
    if (frame.relation() == Relation.SAFE) {
      return first(substance, relations, "");
    }
    // A benefit no row covers meets the substance's row on other conditions, where the evidence
    // for uses beyond the rated ones is summed up ("not enough evidence for any other use").
    boolean benefit = frame.relation().isTherapeutic() || frame.relation() == Relation.IMPROVES;
    OutcomeType type = outcomes.type(frame.outcome().get());
    return benefit && type != OutcomeType.HARM && type != OutcomeType.MEDICATION
        ? first(substance, List.of(Relation.TREATS), OTHER_CONDITION) : Optional.empty();
  }

  /** The first row on an outcome under {@code outcome}, breadth first, at most {@code depth} levels down. */
  private Optional<EvidenceRow> below(String substance, List<Relation> relations, String outcome, int depth) {
    List<String> level = outcomes.children(outcome);
    for (int d = 0; d < depth && !level.isEmpty(); d++) {
      List<String> next = new java.util.ArrayList<>();
      for (String o : level) {
        Optional<EvidenceRow> row = first(substance, relations, o);
        if (row.isPresent()) {
          return row;
        }
        next.addAll(outcomes.children(o));
      }
      level = next;
    }
    return Optional.empty();
  }

  /** The row a mention of a substance beside an outcome names, whatever the relation: benefits first. */
  public Optional<EvidenceRow> find(dev.claimcheck.read.SentenceReading.Mention mention) {
    List<Relation> any = List.of(Relation.TREATS, Relation.IMPROVES, Relation.PREVENTS, Relation.CURES, Relation.CAUSES);
    for (String outcome : outcomes.lineage(mention.outcome())) {
      Optional<EvidenceRow> row = first(mention.subject(), any, outcome);
      if (row.isPresent()) {
        return row;
      }
    }
    Optional<EvidenceRow> narrower = below(mention.subject(), any, mention.outcome(), 2);
    if (narrower.isPresent()) {
      return narrower;
    }
    OutcomeType type = outcomes.type(mention.outcome());
    return type == OutcomeType.HARM || type == OutcomeType.MEDICATION ? Optional.empty()
        : first(mention.subject(), List.of(Relation.TREATS), OTHER_CONDITION);
  }

  private Optional<EvidenceRow> first(String substance, List<Relation> relations, String outcome) {
    for (Relation r : relations) {
      EvidenceRow row = rows.get(new Key(substance, r, outcome));
      if (row != null) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }
}
