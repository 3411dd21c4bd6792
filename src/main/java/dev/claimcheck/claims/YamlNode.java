package dev.claimcheck.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that every database problem can be reported
 * with file, line and column. Package-private: only the loader's readers see it.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
  Location location();

  /** A human word for the node's type, for messages such as "expected a list, found text". */
  String typeName();

  record Scalar(String text, boolean quoted, Location location) implements YamlNode {
    @Override
    public String typeName() {
      return "text";
    }
  }

  record Sequence(List<YamlNode> items, Location location) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String typeName() {
      return "a list";
    }
  }

  record Mapping(Map<String, YamlNode> entries, Map<String, Location> keyLocations, Location location)
      implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyLocations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    }

    @Override
    public String typeName() {
      return "a mapping";
    }
  }
}
