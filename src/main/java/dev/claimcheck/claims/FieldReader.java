package dev.claimcheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed fields out of YAML mappings and records a located problem for every field that is
 * missing, of the wrong type, or unknown. Collects problems instead of stopping at the first, so
 * an editor sees them all in one run.
 */
final class FieldReader {
  private final List<DatabaseProblem> problems;

  FieldReader(List<DatabaseProblem> problems) {
    this.problems = problems;
  }

  void problem(Location at, String message) {
    problems.add(new DatabaseProblem(at, message));
  }

  Optional<YamlNode.Mapping> mapping(YamlNode node, String what) {
    if (node instanceof YamlNode.Mapping m) {
      return Optional.of(m);
    }
    problem(node.location(), what + " must be a mapping, found " + node.typeName());
    return Optional.empty();
  }

  /** Reports keys that the format does not know; typos must fail loudly. */
  void knownKeys(YamlNode.Mapping m, String what, Set<String> allowed) {
    for (var key : m.keyLocations().entrySet()) {
      if (!allowed.contains(key.getKey())) {
        problem(key.getValue(), "unknown field \"" + key.getKey() + "\" in " + what + " (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
      }
    }
  }

  Optional<String> text(YamlNode.Mapping m, String key, String what, boolean required) {
    YamlNode node = m.entries().get(key);
    if (node == null) {
      if (required) {
        problem(m.location(), what + " has no \"" + key + "\"");
      }
      return Optional.empty();
    }
    if (node instanceof YamlNode.Scalar s) {
      if (s.text().isBlank()) {
        problem(s.location(), what + ": \"" + key + "\" is empty");
        return Optional.empty();
      }
      return Optional.of(s.text().strip());
    }
    problem(node.location(), what + ": \"" + key + "\" must be text, found " + node.typeName());
    return Optional.empty();
  }

  /** A list of texts; a single text is accepted as a one-item list. Missing gives an empty list. */
  List<String> texts(YamlNode.Mapping m, String key, String what) {
    YamlNode node = m.entries().get(key);
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node instanceof YamlNode.Scalar s) {
      if (!s.text().isBlank()) {
        out.add(s.text().strip());
      }
      return out;
    }
    if (node instanceof YamlNode.Sequence seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Scalar s && !s.text().isBlank()) {
          out.add(s.text().strip());
        } else {
          problem(item.location(), what + ": every item of \"" + key + "\" must be non-empty text, found " + item.typeName());
        }
      }
      return out;
    }
    problem(node.location(), what + ": \"" + key + "\" must be a list, found " + node.typeName());
    return out;
  }

  List<YamlNode> items(YamlNode.Mapping m, String key, String what, boolean required) {
    YamlNode node = m.entries().get(key);
    if (node == null) {
      if (required) {
        problem(m.location(), what + " has no \"" + key + "\"");
      }
      return List.of();
    }
    if (node instanceof YamlNode.Sequence seq) {
      return seq.items();
    }
    problem(node.location(), what + ": \"" + key + "\" must be a list, found " + node.typeName());
    return List.of();
  }
}
