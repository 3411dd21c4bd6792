package dev.claimcheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a topic file (e.g. kratom.yaml): the topic, its subject concept and its claims. */
final class TopicFileReader {
  /** Claims must carry tested examples, like LanguageTool rules. */
  static final int MIN_EXAMPLES = 3;

  static final int MIN_COUNTEREXAMPLES = 2;

  private static final Set<String> CLAIM_FIELDS =
      Set.of("id", "claim", "rating", "kind", "verdict", "sources", "match", "examples", "counterexamples", "note");

  private final FieldReader fields;

  TopicFileReader(FieldReader fields) {
    this.fields = fields;
  }

  /** A topic with its claims. */
  record Result(Topic topic, List<Claim> claims) {}

  Result read(YamlNode root) {
    var file = fields.mapping(root, "topic file");
    if (file.isEmpty()) {
      return null;
    }
    fields.knownKeys(file.get(), "topic file", Set.of("topic", "subject", "claims", "note"));
    String name = fields.text(file.get(), "topic", "topic file", true).orElse("?");
    String subject = fields.text(file.get(), "subject", "topic file", true).orElse("");
    Topic topic = new Topic(name, subject, root.location());
    List<Claim> claims = new ArrayList<>();
    for (YamlNode item : fields.items(file.get(), "claims", "topic file", true)) {
      Claim claim = claim(name, item);
      if (claim != null) {
        claims.add(claim);
      }
    }
    return new Result(topic, claims);
  }

  private Claim claim(String topic, YamlNode node) {
    var m = fields.mapping(node, "claim");
    if (m.isEmpty()) {
      return null;
    }
    YamlNode.Mapping c = m.get();
    String rawId = fields.text(c, "id", "claim", true).orElse(null);
    String what = "claim " + (rawId == null ? "(no id)" : rawId);
    fields.knownKeys(c, what, CLAIM_FIELDS);
    if (rawId != null && !ClaimId.isValid(rawId)) {
      fields.problem(c.entries().get("id").location(), what + ": id must be UPPER_SNAKE");
      rawId = null;
    }
    String text = fields.text(c, "claim", what, true).orElse(null);
    Rating rating = fields.text(c, "rating", what, true).map(r -> rating(c, r, what)).orElse(null);
    ClaimKind kind = fields.text(c, "kind", what, true).map(k -> kind(c, k, what)).orElse(null);
    String verdict = fields.text(c, "verdict", what, true).orElse(null);
    List<Source> sources = sources(c, what);
    MatchPattern match = match(c, what);
    List<String> examples = fields.texts(c, "examples", what);
    List<String> counter = fields.texts(c, "counterexamples", what);
    if (examples.size() < MIN_EXAMPLES) {
      fields.problem(c.location(), what + " needs at least " + MIN_EXAMPLES + " examples, has " + examples.size());
    }
    if (counter.size() < MIN_COUNTEREXAMPLES) {
      fields.problem(c.location(), what + " needs at least " + MIN_COUNTEREXAMPLES + " counterexamples, has " + counter.size());
    }
    if (rawId == null || text == null || rating == null || kind == null || verdict == null || match == null) {
      return null;
    }
    return new Claim(new ClaimId(rawId), topic, text, rating, kind, verdict, sources, match, examples, counter, c.location());
  }

  private Rating rating(YamlNode.Mapping c, String value, String what) {
    return Rating.parse(value).orElseGet(() -> {
      fields.problem(c.entries().get("rating").location(), what + ": unknown rating \"" + value + "\" (use supported, contested or unsupported)");
      return null;
    });
  }

  private ClaimKind kind(YamlNode.Mapping c, String value, String what) {
    return ClaimKind.parse(value).orElseGet(() -> {
      fields.problem(c.entries().get("kind").location(), what + ": unknown kind \"" + value + "\" (use benefit, safety, mechanism, harm, regulatory or dose)");
      return null;
    });
  }

  private List<Source> sources(YamlNode.Mapping c, String what) {
    List<Source> sources = new ArrayList<>();
    List<YamlNode> items = fields.items(c, "sources", what, false);
    for (YamlNode item : items) {
      var m = fields.mapping(item, what + ": source");
      if (m.isEmpty()) {
        continue;
      }
      fields.knownKeys(m.get(), what + ": source", Set.of("title", "url", "note"));
      var title = fields.text(m.get(), "title", what + ": source", true);
      var url = fields.text(m.get(), "url", what + ": source", true);
      if (url.isPresent() && !url.get().matches("https?://\\S+")) {
        fields.problem(m.get().entries().get("url").location(), what + ": source url must start with http:// or https://");
      } else if (title.isPresent() && url.isPresent()) {
        sources.add(new Source(title.get(), url.get()));
      }
    }
    if (sources.isEmpty()) {
      fields.problem(c.location(), what + " has no sources (each claim needs at least one title + url)");
    }
    return sources;
  }

  private MatchPattern match(YamlNode.Mapping c, String what) {
    YamlNode node = c.entries().get("match");
    if (node == null) {
      fields.problem(c.location(), what + " has no \"match\"");
      return null;
    }
    var m = fields.mapping(node, what + ": match");
    if (m.isEmpty()) {
      return null;
    }
    fields.knownKeys(m.get(), what + ": match", Set.of("all", "some", "any", "negated", "none"));
    MatchPattern pattern =
        new MatchPattern(
            fields.texts(m.get(), "all", what + ": match"),
            fields.texts(m.get(), "any", what + ": match"),
            fields.texts(m.get(), "negated", what + ": match"),
            fields.texts(m.get(), "none", what + ": match"),
            fields.texts(m.get(), "some", what + ": match"));
    if (pattern.all().isEmpty() && pattern.negated().isEmpty()) {
      fields.problem(node.location(), what + ": match needs at least one concept in \"all\" or \"negated\"");
      return null;
    }
    return pattern;
  }
}
