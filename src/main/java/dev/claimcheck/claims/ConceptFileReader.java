package dev.claimcheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads concepts.yaml: the concept vocabulary. */
final class ConceptFileReader {
  private final FieldReader fields;

  ConceptFileReader(FieldReader fields) {
    this.fields = fields;
  }

  List<Concept> read(YamlNode root) {
    List<Concept> concepts = new ArrayList<>();
    var file = fields.mapping(root, "concepts file");
    if (file.isEmpty()) {
      return concepts;
    }
    fields.knownKeys(file.get(), "concepts file", Set.of("concepts"));
    YamlNode node = file.get().entries().get("concepts");
    if (node == null) {
      fields.problem(root.location(), "concepts file has no \"concepts\"");
      return concepts;
    }
    var map = fields.mapping(node, "\"concepts\"");
    if (map.isEmpty()) {
      return concepts;
    }
    for (var entry : map.get().entries().entrySet()) {
      String id = entry.getKey();
      Location at = map.get().keyLocations().get(id);
      if (!ClaimId.isValid(id)) {
        fields.problem(at, "concept id must be UPPER_SNAKE: " + id);
      }
      var body = fields.mapping(entry.getValue(), "concept " + id);
      if (body.isEmpty()) {
        continue;
      }
      fields.knownKeys(body.get(), "concept " + id, Set.of("terms", "references", "note"));
      List<String> terms = lower(fields.texts(body.get(), "terms", "concept " + id));
      List<String> references = lower(fields.texts(body.get(), "references", "concept " + id));
      if (terms.isEmpty()) {
        fields.problem(at, "concept " + id + " has no terms");
      }
      concepts.add(new Concept(id, terms, references, at));
    }
    return concepts;
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
  }
}
