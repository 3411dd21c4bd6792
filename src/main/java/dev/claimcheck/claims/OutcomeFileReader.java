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

  List<Outcome> read(YamlNode root) {
    List<Outcome> out = new ArrayList<>();
    var file = fields.mapping(root, "outcomes file");
    if (file.isEmpty()) {
      return out;
    }
    fields.knownKeys(file.get(), "outcomes file", Set.of("outcomes", "note"));
    YamlNode section = file.get().entries().get("outcomes");
    if (section == null) {
      fields.problem(root.location(), "outcomes file has no \"outcomes\"");
      return out;
    }
    var entries = fields.mapping(section, "\"outcomes\"");
    if (entries.isEmpty()) {
      return out;
    }
    for (var e : entries.get().entries().entrySet()) {
      Location at = entries.get().keyLocations().getOrDefault(e.getKey(), e.getValue().location());
      read(e.getKey(), e.getValue(), at).ifPresent(out::add);
    }
    return out;
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
