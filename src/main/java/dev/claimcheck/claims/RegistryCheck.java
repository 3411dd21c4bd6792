package dev.claimcheck.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that need the whole registry: outcome hierarchy and unique terms, rows that name known
 * outcomes, names unique across substances, every outcome reachable. Each violation is a problem
 * with its location; what can still be built is returned.
 */
final class RegistryCheck {
  private RegistryCheck() {}

  static Outcomes outcomes(List<Outcome> all, List<OutcomeFileReader.Opposites> opposites, List<DatabaseProblem> problems) {
    Map<String, Outcome> byId = new LinkedHashMap<>();
    Map<String, String> termOwner = new LinkedHashMap<>();
    for (Outcome o : all) {
      Outcome earlier = byId.putIfAbsent(o.id(), o);
      if (earlier != null) {
        problems.add(new DatabaseProblem(o.location(), "duplicate outcome " + o.id() + " (first defined at " + earlier.location() + ")"));
        continue;
      }
      for (String term : o.terms()) {
        String owner = termOwner.putIfAbsent(term, o.id());
        if (owner != null && !owner.equals(o.id())) {
          problems.add(new DatabaseProblem(o.location(), "outcome " + o.id() + ": term \"" + term + "\" already names " + owner));
        }
      }
    }
    for (Outcome o : byId.values()) {
      if (o.parent().isPresent() && !byId.containsKey(o.parent().get())) {
        problems.add(new DatabaseProblem(o.location(), "outcome " + o.id() + ": unknown parent " + o.parent().get()));
      }
      Set<String> seen = new HashSet<>();
      for (Optional<String> at = Optional.of(o.id()); at.isPresent() && byId.containsKey(at.get()); at = byId.get(at.get()).parent()) {
        if (!seen.add(at.get())) {
          problems.add(new DatabaseProblem(o.location(), "outcome " + o.id() + ": its parents form a cycle"));
          break;
        }
      }
    }
    List<OutcomeFileReader.Opposites> pairs = new ArrayList<>();
    for (OutcomeFileReader.Opposites pair : opposites) {
      List<String> unknown = java.util.stream.Stream.of(pair.a(), pair.b()).filter(id -> !byId.containsKey(id)).toList();
      if (unknown.isEmpty()) {
        pairs.add(pair);
      } else {
        problems.add(new DatabaseProblem(pair.location(), "opposites: unknown outcome " + String.join(", ", unknown)));
      }
    }
    return new Outcomes(byId.values(), pairs);
  }

  static List<EvidenceRow> rows(List<Map.Entry<String, SubstanceFileReader.RowDraft>> drafts, List<Substance> substances,
      Outcomes outcomes, List<DatabaseProblem> problems) {
    Map<String, Substance> byId = new LinkedHashMap<>();
    substances.forEach(s -> byId.putIfAbsent(s.id(), s));
    Map<String, Location> ids = new LinkedHashMap<>();
    List<EvidenceRow> rows = new ArrayList<>();
    for (var entry : drafts) {
      Substance substance = byId.get(entry.getKey());
      SubstanceFileReader.RowDraft d = entry.getValue();
      if (substance == null) {
        problems.add(new DatabaseProblem(d.location(), "row " + d.relation().label() + " " + d.outcome().orElse("")
            + ": \"extends\" names no known substance " + entry.getKey()));
        continue;
      }
      if (d.outcome().isPresent() && !outcomes.contains(d.outcome().get())) {
        problems.add(new DatabaseProblem(d.location(), "row " + substance.id() + " " + d.relation().label()
            + ": unknown outcome " + d.outcome().get()));
        continue;
      }
      if (d.outcome().isEmpty() && d.relation() != Relation.SAFE && d.relation() != Relation.APPROVED) {
        problems.add(new DatabaseProblem(d.location(), "row " + substance.id() + " " + d.relation().label()
            + " needs an \"outcome\" (only safe and approved rows may leave it out)"));
        continue;
      }
      if (d.examples().isEmpty() && d.pending() == 0) {
        problems.add(new DatabaseProblem(d.location(), "row " + substance.id() + " " + d.relation().label() + " "
            + d.outcome().orElse("") + " has no examples"));
      }
      String id = d.id().orElse(substance.id() + "_" + d.relation().name() + d.outcome().map(o -> "_" + o).orElse(""));
      if (!ClaimId.isValid(id)) {
        problems.add(new DatabaseProblem(d.location(), "row id must be UPPER_SNAKE: " + id));
        continue;
      }
      Location earlier = ids.putIfAbsent(id, d.location());
      if (earlier != null) {
        problems.add(new DatabaseProblem(d.location(), "duplicate row " + id + " (first defined at " + earlier
            + "); give one of them its own \"id\""));
        continue;
      }
      String text = d.text().orElseGet(() -> sentence(substance.name(), d.relation(), d.outcome().map(outcomes::label)));
      Claim claim = new Claim(new ClaimId(id), substance.name(), text, d.rating(), kind(d.relation()), d.verdict(),
          d.sources(), new MatchPattern(List.of(), List.of(), List.of(), List.of()), d.examples(), d.counterexamples(),
          d.location());
      rows.add(new EvidenceRow(claim, substance.id(), d.relation(), d.outcome(), d.pending()));
    }
    return rows;
  }

  /**
   * The claim that a substance has an established dose, for each substance without one (no
   * approved dose, trial doses only, never to be swallowed): unsupported. A sentence that doses
   * the substance presupposes it ("the standard dose is 2 g"), as RUBRIC.md counts claims.
   */
  static Map<String, Claim> doseClaims(List<Substance> substances) {
    Map<String, Claim> claims = new LinkedHashMap<>();
    for (Substance s : substances) {
      boolean noDose = s.doseStatus().map(d -> d == DoseStatus.NO_APPROVED_DOSE || d == DoseStatus.STUDIED_DOSES
          || d == DoseStatus.NEVER_SWALLOW).orElse(false);
      if (!noDose || s.sources().isEmpty() || claims.containsKey(s.id())) {
        continue;
      }
      String why = switch (s.doseStatus().get()) {
        case NEVER_SWALLOW -> s.name() + " must never be swallowed: no amount of it is a dose.";
        case STUDIED_DOSES -> "No regulator sets a dose of " + s.name() + " for any use; the amounts used in studies "
            + "were tested for a study's purpose, not shown safe and effective for self-treatment.";
        default -> "No regulator or official body sets a safe or effective dose of " + s.name() + " for any use.";
      };
      claims.put(s.id(), new Claim(new ClaimId(s.id() + "_ESTABLISHED_DOSE"), s.name(),
          "There is an established, safe dose of " + s.name() + " for self-treatment.", Rating.UNSUPPORTED, ClaimKind.DOSE,
          why, s.sources(), new MatchPattern(List.of(), List.of(), List.of(), List.of()), List.of(), List.of(), s.location()));
    }
    return claims;
  }

  /** No name may stand for two substances: a sentence's subject must be one. */
  static void names(List<Substance> substances, List<DatabaseProblem> problems) {
    Map<String, String> owner = new LinkedHashMap<>();
    for (Substance s : substances) {
      for (String name : new java.util.LinkedHashSet<>(s.names())) {
        String earlier = owner.putIfAbsent(name, s.id());
        if (earlier != null && !earlier.equals(s.id())) {
          problems.add(new DatabaseProblem(s.location(), "substance " + s.id() + ": name \"" + name + "\" already names " + earlier));
        }
      }
    }
  }

  /** An outcome with no words of its own and no row can never be reached. */
  static void reached(Outcomes outcomes, List<EvidenceRow> rows, List<DatabaseProblem> problems) {
    Set<String> used = new HashSet<>();
    rows.forEach(r -> r.outcome().ifPresent(used::add));
    for (Outcome o : outcomes.all()) {
      if (o.terms().isEmpty() && !used.contains(o.id())) {
        problems.add(new DatabaseProblem(o.location(), "outcome " + o.id() + " has no terms and no row: nothing reaches it"));
      }
    }
  }

  static ClaimKind kind(Relation relation) {
    return switch (relation) {
      case TREATS, CURES, PREVENTS, IMPROVES -> ClaimKind.BENEFIT;
      case SAFE -> ClaimKind.SAFETY;
      case CAUSES, INTERACTS -> ClaimKind.HARM;
      case APPROVED -> ClaimKind.REGULATORY;
    };
  }

  /** The neutral sentence of a row: "Saw palmetto relieves or treats benign prostatic hyperplasia." */
  static String sentence(String substance, Relation relation, Optional<String> outcome) {
    String o = outcome.orElse("");
    String s = switch (relation) {
      case TREATS -> substance + " relieves or treats " + o;
      case CURES -> substance + " cures " + o;
      case PREVENTS -> substance + " prevents " + o + " or lowers its risk";
      case IMPROVES -> substance + " improves or supports " + o;
      case CAUSES -> substance + " causes or worsens " + o;
      case SAFE -> outcome.isEmpty() ? substance + " is safe" : substance + " is safe with respect to " + o;
      case INTERACTS -> substance + " interacts with " + o;
      case APPROVED -> outcome.isEmpty() ? substance + " is approved by a regulator" : substance + " is approved for " + o;
    };
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) + ".";
  }
}
