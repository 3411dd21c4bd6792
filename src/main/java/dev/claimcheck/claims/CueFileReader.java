package dev.claimcheck.claims;

import dev.claimcheck.lexicon.Cue;
import dev.claimcheck.lexicon.CueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads cues.yaml: cue phrases grouped by kind. A cue is either a plain phrase or a mapping with
 * {@code phrase}, {@code examples} and {@code counterexamples}.
 */
final class CueFileReader {
  private final FieldReader fields;

  CueFileReader(FieldReader fields) {
    this.fields = fields;
  }

  List<Cue> read(YamlNode root) {
    List<Cue> cues = new ArrayList<>();
    var file = fields.mapping(root, "cues file");
    if (file.isEmpty()) {
      return cues;
    }
    fields.knownKeys(file.get(), "cues file", Set.of("cues"));
    YamlNode node = file.get().entries().get("cues");
    if (node == null) {
      fields.problem(root.location(), "cues file has no \"cues\"");
      return cues;
    }
    var byKind = fields.mapping(node, "\"cues\"");
    if (byKind.isEmpty()) {
      return cues;
    }
    for (var entry : byKind.get().entries().entrySet()) {
      Location at = byKind.get().keyLocations().get(entry.getKey());
      CueKind kind = kind(entry.getKey(), at);
      if (kind == null) {
        continue;
      }
      if (!(entry.getValue() instanceof YamlNode.Sequence list)) {
        fields.problem(entry.getValue().location(), "cues of kind " + entry.getKey() + " must be a list");
        continue;
      }
      for (YamlNode item : list.items()) {
        Cue cue = cue(kind, item);
        if (cue != null) {
          cues.add(cue);
        }
      }
    }
    return cues;
  }

  private CueKind kind(String name, Location at) {
    for (CueKind k : CueKind.values()) {
      if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
        return k;
      }
    }
    fields.problem(at, "unknown cue kind \"" + name + "\" (known: " + Arrays.stream(CueKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList() + ")");
    return null;
  }

  private Cue cue(CueKind kind, YamlNode item) {
    if (item instanceof YamlNode.Scalar s) {
      return make(kind, s.text(), List.of(), List.of(), List.of(), s.location());
    }
    var m = fields.mapping(item, "cue");
    if (m.isEmpty()) {
      return null;
    }
    fields.knownKeys(m.get(), "cue", Set.of("phrase", "not_after", "examples", "counterexamples", "note"));
    var phrase = fields.text(m.get(), "phrase", "cue", true);
    if (phrase.isEmpty()) {
      return null;
    }
    List<String> notAfter = fields.texts(m.get(), "not_after", "cue " + phrase.get()).stream()
        .map(w -> w.strip().toLowerCase(Locale.ROOT)).toList();
    return make(kind, phrase.get(), notAfter, fields.texts(m.get(), "examples", "cue " + phrase.get()),
        fields.texts(m.get(), "counterexamples", "cue " + phrase.get()), item.location());
  }

  private Cue make(CueKind kind, String phrase, List<String> notAfter, List<String> examples, List<String> counter,
      Location at) {
    String clean = phrase.strip().toLowerCase(Locale.ROOT);
    List<String> words = Arrays.stream(clean.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty() || words.get(0).equals("*")) {
      fields.problem(at, "cue phrase must start with a word: \"" + phrase + "\"");
      return null;
    }
    return new Cue(kind, clean, words, notAfter, examples, counter);
  }
}
