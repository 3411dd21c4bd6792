package dev.claimcheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads an outcome vocabulary file (outcomes.yaml, outcomes/*.yaml); see docs/registry-format.md. */
final class OutcomeFileReader {
  private final FieldReader fields;

  OutcomeFileReader(FieldReader fields) {
    this.fields = fields;
  }

  /** The outcomes of a file and its pairs of opposites. */
  record Result(List<Outcome> outcomes, List<Opposites> opposites) {}

  /**
   * A function and the condition that is its lack or loss ("sleep" and "insomnia", "liver health"
   * and "liver damage"): improving the one is treating the other.
   */
  record Opposites(String a, String b, Location location) {}

  Result read(YamlNode root) {
    List<Outcome> out = new ArrayList<>();
    List<Opposites> pairs = new ArrayList<>();
    var file = fields.mapping(root, "outcomes file");
    if (file.isEmpty()) {
      return new Result(out, pairs);
    }
    fields.knownKeys(file.get(), "outcomes file", Set.of("outcomes", "opposites", "note"));
    for (YamlNode item : fields.items(file.get(), "opposites", "outcomes file", false)) {
      if (item instanceof YamlNode.Sequence seq && seq.items().size() == 2
          && seq.items().get(0) instanceof YamlNode.Scalar a && seq.items().get(1) instanceof YamlNode.Scalar b) {
        pairs.add(new Opposites(a.text().strip(), b.text().strip(), item.location()));
      } else {
        fields.problem(item.location(), "opposites: each item must be a pair [FUNCTION, CONDITION]");
      }
    }
    YamlNode section = file.get().entries().get("outcomes");
    if (section == null) {
      if (pairs.isEmpty()) {
        fields.problem(root.location(), "outcomes file has no \"outcomes\"");
      }
      return new Result(out, pairs);
    }
    var entries = fields.mapping(section, "\"outcomes\"");
    if (entries.isEmpty()) {
      return new Result(out, pairs);
    }
    for (var e : entries.get().entries().entrySet()) {
      Location at = entries.get().keyLocations().getOrDefault(e.getKey(), e.getValue().location());
      read(e.getKey(), e.getValue(), at).ifPresent(out::add);
    }
    return new Result(out, pairs);
  }

  private Optional<Outcome> read(String id, YamlNode node, Location at) {
    String what = "outcome " + id;
    if (!ClaimId.isValid(id)) {
      fields.problem(at, "outcome id must be UPPER_SNAKE: " + id);
      return Optional.empty();
    }
    var body = fields.mapping(node, what);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    var m = body.get();
    fields.knownKeys(m, what, Set.of("parent", "type", "serious", "better", "terms", "note"));
    Optional<String> parent = fields.text(m, "parent", what, false);
    Optional<OutcomeType> type = fields.text(m, "type", what, false).flatMap(t -> {
      Optional<OutcomeType> parsed = OutcomeType.parse(t);
      if (parsed.isEmpty()) {
        fields.problem(m.entries().get("type").location(), what + ": unknown type \"" + t
            + "\" (use disease, symptom, function, measure, harm or medication)");
      }
      return parsed;
    });
    Optional<Boolean> serious = fields.text(m, "serious", what, false).map("true"::equals);
    Optional<Boolean> lower = fields.text(m, "better", what, false).flatMap(b -> switch (b) {
      case "lower" -> Optional.of(true);
      case "higher" -> Optional.of(false);
      default -> {
        fields.problem(m.entries().get("better").location(), what + ": \"better\" must be lower or higher");
        yield Optional.empty();
      }
    });
    List<String> terms = fields.texts(m, "terms", what).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    if (parent.isEmpty() && type.isEmpty()) {
      fields.problem(at, what + " needs a \"type\" or a \"parent\" to inherit it from");
    }
    return Optional.of(new Outcome(id, parent, type, serious, lower, terms, at));
  }
}
