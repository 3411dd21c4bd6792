package dev.claimcheck.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads substances.yaml: substance classes (for interactions) and the dosing facts of each
 * substance; the header of claims-db/substances.yaml describes the fields. Every problem is recorded with its location; a broken
 * entry is skipped, never half-read.
 */
final class SubstanceFileReader {
  private static final Set<String> SUBSTANCE_FIELDS = Set.of("name", "concept", "names", "approved", "prescription",
      "interactions", "limits", "conversions", "sources", "examples", "counterexamples", "note");
  private static final Set<String> REGISTRY_FIELDS = union(SUBSTANCE_FIELDS, Set.of("id", "kind", "dose_status"));
  private static final Set<String> KINDS = Set.of("nutrient", "herb", "mushroom", "supplement", "drug",
      "unapproved-product", "procedure", "food");

  private final FieldReader fields;

  SubstanceFileReader(FieldReader fields) {
    this.fields = fields;
  }

  /** The classes and substances of one file. */
  record Result(List<SubstanceClass> classes, List<Substance> substances) {}

  Result read(YamlNode root) {
    List<SubstanceClass> classes = new ArrayList<>();
    List<Substance> substances = new ArrayList<>();
    var file = fields.mapping(root, "substances file");
    if (file.isEmpty()) {
      return new Result(classes, substances);
    }
    fields.knownKeys(file.get(), "substances file", Set.of("classes", "substances", "note"));
    for (var entry : entries(file.get(), "classes")) {
      readClass(entry.getKey(), entry.getValue(), file.get()).ifPresent(classes::add);
    }
    for (var entry : entries(file.get(), "substances")) {
      readSubstance(entry.getKey(), entry.getValue(), file.get()).ifPresent(substances::add);
    }
    if (!file.get().entries().containsKey("substances")) {
      fields.problem(root.location(), "substances file has no \"substances\"");
    }
    return new Result(classes, substances);
  }

  /**
   * Checks what needs the whole database: known concepts and classes, unique ids. Adds a problem
   * for each violation.
   */
  static void crossCheck(List<Substance> substances, List<SubstanceClass> classes, Set<String> concepts,
      List<DatabaseProblem> problems) {
    Map<String, Location> classIds = new LinkedHashMap<>();
    for (SubstanceClass c : classes) {
      Location earlier = classIds.putIfAbsent(c.id(), c.location());
      if (earlier != null) {
        problems.add(new DatabaseProblem(c.location(), "duplicate substance class " + c.id() + " (first defined at " + earlier + ")"));
      }
    }
    Map<String, Location> ids = new LinkedHashMap<>();
    for (Substance s : substances) {
      Location earlier = ids.putIfAbsent(s.id(), s.location());
      if (earlier != null) {
        problems.add(new DatabaseProblem(s.location(), "duplicate substance id " + s.id() + " (first defined at " + earlier + ")"));
      }
      if (s.concept().isPresent() && !concepts.contains(s.concept().get())) {
        problems.add(new DatabaseProblem(s.location(), "substance " + s.id() + ": unknown concept " + s.concept().get()));
      }
      for (String c : s.interactions()) {
        if (!classIds.containsKey(c)) {
          problems.add(new DatabaseProblem(s.location(), "substance " + s.id() + ": unknown substance class \"" + c
              + "\" in interactions (known: " + String.join(", ", classIds.keySet()) + ")"));
        }
      }
    }
  }

  private List<Map.Entry<String, YamlNode>> entries(YamlNode.Mapping file, String key) {
    YamlNode node = file.entries().get(key);
    if (node == null) {
      return List.of();
    }
    return fields.mapping(node, "\"" + key + "\"").map(m -> List.copyOf(m.entries().entrySet())).orElse(List.of());
  }

  private Optional<SubstanceClass> readClass(String id, YamlNode node, YamlNode.Mapping file) {
    String what = "substance class " + id;
    Location at = keyLocation(file, "classes", id, node);
    var body = fields.mapping(node, what);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    fields.knownKeys(body.get(), what, Set.of("label", "terms", "note"));
    String label = fields.text(body.get(), "label", what, false).orElse(id);
    List<String> terms = lower(fields.texts(body.get(), "terms", what));
    if (terms.isEmpty()) {
      fields.problem(at, what + " has no terms");
      return Optional.empty();
    }
    return Optional.of(new SubstanceClass(id, label, terms, at));
  }

  /**
   * A registry file's substance and its rows, before the outcome vocabulary is known; or, for a
   * file that {@code extends} a substance defined in another file (an extra directory adding rows
   * to a built-in substance), only the rows and the id they belong to.
   */
  record RegistryResult(Optional<Substance> substance, List<RowDraft> rows, Optional<String> extended) {
    RegistryResult(Optional<Substance> substance, List<RowDraft> rows) {
      this(substance, rows, Optional.empty());
    }
  }

  /** A row as written; the loader turns it into an {@link EvidenceRow} once outcomes are known. */
  record RowDraft(Optional<String> id, Relation relation, Optional<String> outcome, Optional<String> text, Rating rating,
      String verdict, List<Source> sources, List<String> examples, List<String> counterexamples, int pending,
      Location location) {}

  /** Reads a file of claims-db/substances/: one substance with its dose facts, and its rows. */
  RegistryResult readRegistry(YamlNode root) {
    var file = fields.mapping(root, "substance file");
    if (file.isEmpty()) {
      return new RegistryResult(Optional.empty(), List.of());
    }
    fields.knownKeys(file.get(), "substance file", Set.of("substance", "extends", "rows", "note"));
    YamlNode node = file.get().entries().get("substance");
    if (file.get().entries().containsKey("extends")) {
      if (node != null) {
        fields.problem(file.get().keyLocations().get("extends"),
            "substance file has both \"substance\" and \"extends\": define a substance or add rows to one defined elsewhere");
        return new RegistryResult(Optional.empty(), List.of());
      }
      Optional<String> id = fields.text(file.get(), "extends", "substance file", true);
      if (id.isEmpty()) {
        return new RegistryResult(Optional.empty(), List.of());
      }
      List<RowDraft> rows = new ArrayList<>();
      for (YamlNode item : fields.items(file.get(), "rows", "substance " + id.get(), true)) {
        row(item, id.get()).ifPresent(rows::add);
      }
      return new RegistryResult(Optional.empty(), rows, id);
    }
    if (node == null) {
      fields.problem(root.location(), "substance file has no \"substance\" (or \"extends\" to add rows to a substance defined elsewhere)");
      return new RegistryResult(Optional.empty(), List.of());
    }
    var body = fields.mapping(node, "\"substance\"");
    if (body.isEmpty()) {
      return new RegistryResult(Optional.empty(), List.of());
    }
    Optional<String> id = fields.text(body.get(), "id", "substance", true);
    if (id.isEmpty()) {
      return new RegistryResult(Optional.empty(), List.of());
    }
    Optional<Substance> substance = readSubstance(id.get(), node, body.get().location(), true);
    List<RowDraft> rows = new ArrayList<>();
    for (YamlNode item : fields.items(file.get(), "rows", "substance " + id.get(), false)) {
      row(item, id.get()).ifPresent(rows::add);
    }
    return new RegistryResult(substance, rows);
  }

  private Optional<RowDraft> row(YamlNode item, String substance) {
    String what = "substance " + substance + ": row";
    var body = fields.mapping(item, what);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    var m = body.get();
    // pending / pending_counterexamples: wordings the sentence reader does not read right yet; db test
    // counts them, so the list shows what the reader has still to learn, but does not fail on them.
    fields.knownKeys(m, what, Set.of("id", "relation", "outcome", "claim", "rating", "verdict", "sources", "examples",
        "counterexamples", "pending", "pending_counterexamples", "note", "draft"));
    Optional<Relation> relation = fields.text(m, "relation", what, true).flatMap(r -> {
      Optional<Relation> parsed = Relation.parse(r);
      if (parsed.isEmpty()) {
        fields.problem(m.entries().get("relation").location(), what + ": unknown relation \"" + r
            + "\" (use treats, cures, prevents, improves, causes, safe, interacts or approved)");
      }
      return parsed;
    });
    Optional<String> outcome = fields.text(m, "outcome", what, false);
    String row = what + " " + relation.map(Relation::label).orElse("?") + " " + outcome.orElse("");
    Optional<Rating> rating = fields.text(m, "rating", row, true).flatMap(r -> {
      Optional<Rating> parsed = Rating.parse(r);
      if (parsed.isEmpty()) {
        fields.problem(m.entries().get("rating").location(), "unknown rating \"" + r + "\" (use supported, contested or unsupported)");
      }
      return parsed;
    });
    Optional<String> verdict = fields.text(m, "verdict", row, true);
    List<Source> sources = new ArrayList<>();
    for (YamlNode s : fields.items(m, "sources", row, true)) {
      source(s, row).ifPresent(sources::add);
    }
    if (sources.isEmpty()) {
      fields.problem(m.location(), row + " has no sources");
    }
    List<String> examples = fields.texts(m, "examples", row);
    List<String> counter = fields.texts(m, "counterexamples", row);
    int pending = fields.texts(m, "pending", row).size() + fields.texts(m, "pending_counterexamples", row).size();
    if (bool(m, "draft", row)) {
      // A draft (say, imported from a fact check's ClaimReview) has a rating nobody has checked against
      // its sources yet: it must not rate a single sentence until a person has reviewed it.
      fields.problem(m.entries().get("draft").location(), row + " is a draft nobody has reviewed: check its rating, "
          + "verdict and sources, give it a counterexample, then remove \"draft: true\"");
    }
    if (relation.isEmpty() || rating.isEmpty() || verdict.isEmpty() || sources.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RowDraft(fields.text(m, "id", row, false), relation.get(), outcome,
        fields.text(m, "claim", row, false), rating.get(), verdict.get(), sources, examples, counter, pending, m.location()));
  }

  private Optional<Substance> readSubstance(String id, YamlNode node, YamlNode.Mapping file) {
    return readSubstance(id, node, keyLocation(file, "substances", id, node), false);
  }

  private Optional<Substance> readSubstance(String id, YamlNode node, Location at, boolean registry) {
    String what = "substance " + id;
    boolean ok = true;
    if (!ClaimId.isValid(id)) {
      fields.problem(at, "substance id must be UPPER_SNAKE: " + id);
      ok = false;
    }
    var body = fields.mapping(node, what);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Mapping m = body.get();
    fields.knownKeys(m, what, registry ? REGISTRY_FIELDS : SUBSTANCE_FIELDS);
    String kind = fields.text(m, "kind", what, registry).orElse("");
    if (!kind.isEmpty() && !KINDS.contains(kind)) {
      fields.problem(m.entries().get("kind").location(), what + ": unknown kind \"" + kind + "\" (use " + String.join(", ", new java.util.TreeSet<>(KINDS)) + ")");
    }
    Optional<DoseStatus> doseStatus = fields.text(m, "dose_status", what, false).flatMap(d -> {
      Optional<DoseStatus> parsed = DoseStatus.parse(d);
      if (parsed.isEmpty()) {
        fields.problem(m.entries().get("dose_status").location(), what + ": unknown dose_status \"" + d
            + "\" (use upper-limit, no-upper-limit, studied-doses, no-approved-dose, never-swallow or prescription)");
      }
      return parsed;
    });
    if (registry && !m.entries().containsKey("dose_status")) {
      // Every check asks what a dose of it means: the registry must say, even when the answer is "no limit set".
      fields.problem(at, what + " has no dose fact: give \"dose_status\" (and \"limits\" for upper-limit)");
      ok = false;
    }
    Optional<String> name = fields.text(m, "name", what, true);
    Optional<String> concept = fields.text(m, "concept", what, false);
    List<String> names = lower(fields.texts(m, "names", what));
    if (names.isEmpty() && concept.isEmpty()) {
      fields.problem(at, what + " needs \"names\" or a \"concept\" that names it");
      ok = false;
    }
    if (!m.entries().containsKey("approved")) {
      // Approval status is the first thing the dosing check asks; it must be stated, even if empty.
      fields.problem(at, what + " has no \"approved\" (list the uses with an approved dose, or [] for none)");
      ok = false;
    }
    List<String> approved = fields.texts(m, "approved", what);
    boolean prescription = bool(m, "prescription", what);
    List<String> interactions = fields.texts(m, "interactions", what);
    List<DoseLimit> limits = new ArrayList<>();
    for (YamlNode item : fields.items(m, "limits", what, false)) {
      limit(item, what).ifPresent(limits::add);
    }
    List<UnitConversion> conversions = new ArrayList<>();
    for (YamlNode item : fields.items(m, "conversions", what, false)) {
      conversion(item, what).ifPresent(conversions::add);
    }
    List<Source> sources = new ArrayList<>();
    for (YamlNode item : fields.items(m, "sources", what, true)) {
      source(item, what).ifPresent(sources::add);
    }
    if (sources.isEmpty()) {
      fields.problem(at, what + " has no sources (its approval status needs at least one title + url)");
      ok = false;
    }
    List<String> examples = fields.texts(m, "examples", what);
    List<String> counter = fields.texts(m, "counterexamples", what);
    if (!ok || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Substance(id, name.get(), concept, names, approved, prescription, interactions, limits,
        conversions, sources, examples, counter, at, kind, doseStatus));
  }

  private Optional<DoseLimit> limit(YamlNode item, String owner) {
    String what = owner + ": limit";
    var m = fields.mapping(item, what);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    fields.knownKeys(m.get(), what, Set.of("population", "max", "unit", "per", "note", "source"));
    Optional<Population> population = fields.text(m.get(), "population", what, true).flatMap(p -> {
      Optional<Population> parsed = Population.parse(p);
      if (parsed.isEmpty()) {
        fields.problem(m.get().entries().get("population").location(), what + ": unknown population \"" + p + "\" (use adult, child or pregnancy)");
      }
      return parsed;
    });
    Optional<BigDecimal> max = number(m.get(), "max", what);
    Optional<DoseUnit> unit = unit(m.get(), "unit", what);
    Optional<Boolean> perDay = fields.text(m.get(), "per", what, true).flatMap(p -> switch (p) {
      case "day" -> Optional.of(true);
      case "dose" -> Optional.of(false);
      default -> {
        fields.problem(m.get().entries().get("per").location(), what + ": \"per\" must be day or dose, found \"" + p + "\"");
        yield Optional.empty();
      }
    });
    String note = fields.text(m.get(), "note", what, false).orElse("limit");
    Optional<Source> source = sourceField(m.get(), what);
    if (population.isEmpty() || max.isEmpty() || unit.isEmpty() || perDay.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DoseLimit(population.get(), max.get(), unit.get(), perDay.get(), note, source.get()));
  }

  private Optional<UnitConversion> conversion(YamlNode item, String owner) {
    String what = owner + ": conversion";
    var m = fields.mapping(item, what);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    fields.knownKeys(m.get(), what, Set.of("from", "min", "max", "unit", "note", "source"));
    Optional<DoseUnit> from = unit(m.get(), "from", what);
    Optional<BigDecimal> min = number(m.get(), "min", what);
    Optional<BigDecimal> max = number(m.get(), "max", what);
    Optional<DoseUnit> to = unit(m.get(), "unit", what);
    Optional<Source> source = sourceField(m.get(), what);
    if (from.isEmpty() || min.isEmpty() || max.isEmpty() || to.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    if (min.get().compareTo(max.get()) > 0) {
      fields.problem(m.get().location(), what + ": min is above max");
      return Optional.empty();
    }
    return Optional.of(new UnitConversion(from.get(), min.get(), max.get(), to.get(), source.get()));
  }

  private Optional<Source> sourceField(YamlNode.Mapping m, String what) {
    YamlNode node = m.entries().get("source");
    if (node == null) {
      fields.problem(m.location(), what + " has no \"source\" (title + url)");
      return Optional.empty();
    }
    return source(node, what);
  }

  private Optional<Source> source(YamlNode item, String owner) {
    String what = owner + ": source";
    var m = fields.mapping(item, what);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    fields.knownKeys(m.get(), what, Set.of("title", "url", "note"));
    var title = fields.text(m.get(), "title", what, true);
    var url = fields.text(m.get(), "url", what, true);
    if (url.isPresent() && !url.get().matches("https?://\\S+")) {
      fields.problem(m.get().entries().get("url").location(), what + ": url must start with http:// or https://");
      return Optional.empty();
    }
    return title.isPresent() && url.isPresent() ? Optional.of(new Source(title.get(), url.get())) : Optional.empty();
  }

  private Optional<BigDecimal> number(YamlNode.Mapping m, String key, String what) {
    return fields.text(m, key, what, true).flatMap(text -> {
      try {
        BigDecimal value = new BigDecimal(text);
        if (value.signum() > 0) {
          return Optional.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      fields.problem(m.entries().get(key).location(), what + ": \"" + key + "\" must be a positive number, found \"" + text + "\"");
      return Optional.empty();
    });
  }

  private Optional<DoseUnit> unit(YamlNode.Mapping m, String key, String what) {
    return fields.text(m, key, what, true).flatMap(text -> {
      Optional<DoseUnit> unit = DoseUnit.parse(text);
      if (unit.isEmpty()) {
        fields.problem(m.entries().get(key).location(), what + ": unknown unit \"" + text + "\" (known: mcg, mg, g, kg, IU, mL, drops, tsp, tbsp, capsules, tablets, films, scoops, servings, cups, kernels)");
      }
      return unit;
    });
  }

  private boolean bool(YamlNode.Mapping m, String key, String what) {
    return fields.text(m, key, what, false).map(text -> {
      if (!text.equals("true") && !text.equals("false")) {
        fields.problem(m.entries().get(key).location(), what + ": \"" + key + "\" must be true or false");
      }
      return text.equals("true");
    }).orElse(false);
  }

  private static Location keyLocation(YamlNode.Mapping file, String section, String key, YamlNode fallback) {
    YamlNode sectionNode = file.entries().get(section);
    if (sectionNode instanceof YamlNode.Mapping m && m.keyLocations().containsKey(key)) {
      return m.keyLocations().get(key);
    }
    return fallback.location();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
