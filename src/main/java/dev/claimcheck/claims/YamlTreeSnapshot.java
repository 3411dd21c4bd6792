package dev.claimcheck.claims;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The embedded database's YAML files as node trees, parsed when the jar is built
 * ({@link YamlTreeSnapshotBuilder}) so that a start reads the trees instead of parsing the YAML.
 *
 * <p>Parsing the shipped 150 KB of YAML in a cold JVM takes about a tenth of a check's start-up,
 * most of it in SnakeYAML's scanner running interpreted; reading the same trees from this compact
 * form takes a few milliseconds. Everything after parsing (the field readers, cross-file checks)
 * runs as before, so the database and its problems are the same. Each tree is used only for the
 * exact bytes it was parsed from (length and CRC-32): a file edited since the build is parsed.
 *
 * <p>Format: a magic number, the number of files, then per file its name, source length, CRC-32
 * and tree. A node is a tag (scalar, quoted scalar, list, mapping), its line and column, then its
 * text, items or keyed entries. Immutable and thread-safe.
 */
final class YamlTreeSnapshot {
  /** Where the build writes the snapshot of the embedded database. */
  static final String RESOURCE = "/" + ClaimDatabaseLoader.EMBEDDED + "/parsed.bin";

  private static final int MAGIC = 0x434C4D01; // "CLM" and format 1
  private static final byte SCALAR = 'S';
  private static final byte QUOTED = 'Q';
  private static final byte LIST = 'L';
  private static final byte MAPPING = 'M';

  /** A parsed file: its name in the directory, its bytes and its tree. */
  record File(String name, byte[] source, YamlNode tree) {}

  private record Stored(int length, long crc, YamlNode tree) {}

  /** No trees: every file is parsed. */
  static final YamlTreeSnapshot EMPTY = new YamlTreeSnapshot(Map.of());

  private final Map<String, Stored> files;

  private YamlTreeSnapshot(Map<String, Stored> files) {
    this.files = files;
  }

  /** The snapshot built for the embedded database; empty when the build did not make one. */
  static YamlTreeSnapshot embedded() {
    try (InputStream in = YamlTreeSnapshot.class.getResourceAsStream(RESOURCE)) {
      return in == null ? EMPTY : read(in.readAllBytes(), ClaimDatabaseLoader.EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The tree of file {@code name} if it was parsed from exactly {@code source}. */
  Optional<YamlNode> tree(String name, byte[] source) {
    Stored stored = files.get(name);
    if (stored == null || stored.length() != source.length || stored.crc() != crc(source)) {
      return Optional.empty();
    }
    return Optional.of(stored.tree());
  }

  /** Number of files in the snapshot. */
  int size() {
    return files.size();
  }

  /** Reads a snapshot whose files are shown as {@code displayDir}/name in locations. */
  static YamlTreeSnapshot read(byte[] bytes, String displayDir) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != MAGIC) {
      throw new IOException("not a database snapshot of this version");
    }
    int count = in.readInt();
    Map<String, Stored> files = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String name = string(in);
      int length = in.readInt();
      long crc = in.readLong();
      files.put(name, new Stored(length, crc, node(in, displayDir + "/" + name)));
    }
    return new YamlTreeSnapshot(Map.copyOf(files));
  }

  private static YamlNode node(DataInputStream in, String file) throws IOException {
    byte tag = in.readByte();
    Location at = new Location(file, in.readInt(), in.readInt());
    switch (tag) {
      case SCALAR, QUOTED -> {
        return new YamlNode.Scalar(string(in), tag == QUOTED, at);
      }
      case LIST -> {
        int n = in.readInt();
        List<YamlNode> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          items.add(node(in, file));
        }
        return new YamlNode.Sequence(items, at);
      }
      case MAPPING -> {
        int n = in.readInt();
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          String key = string(in);
          keys.put(key, new Location(file, in.readInt(), in.readInt()));
          entries.put(key, node(in, file));
        }
        return new YamlNode.Mapping(entries, keys, at);
      }
      default -> throw new IOException("bad node tag " + tag);
    }
  }

  private static String string(DataInputStream in) throws IOException {
    byte[] utf8 = new byte[in.readInt()];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /** Writes the files' trees; locations keep line and column, the directory is given on reading. */
  static void write(List<File> files, OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(target);
    out.writeInt(MAGIC);
    out.writeInt(files.size());
    for (File file : files) {
      string(out, file.name());
      out.writeInt(file.source().length);
      out.writeLong(crc(file.source()));
      node(out, file.tree());
    }
    out.flush();
  }

  private static void node(DataOutputStream out, YamlNode node) throws IOException {
    if (node instanceof YamlNode.Scalar s) {
      header(out, s.quoted() ? QUOTED : SCALAR, s.location());
      string(out, s.text());
    } else if (node instanceof YamlNode.Sequence s) {
      header(out, LIST, s.location());
      out.writeInt(s.items().size());
      for (YamlNode item : s.items()) {
        node(out, item);
      }
    } else if (node instanceof YamlNode.Mapping m) {
      header(out, MAPPING, m.location());
      out.writeInt(m.entries().size());
      for (Map.Entry<String, YamlNode> entry : m.entries().entrySet()) {
        string(out, entry.getKey());
        Location keyAt = m.keyLocations().get(entry.getKey());
        out.writeInt(keyAt.line());
        out.writeInt(keyAt.column());
        node(out, entry.getValue());
      }
    }
  }

  private static void header(DataOutputStream out, byte tag, Location at) throws IOException {
    out.writeByte(tag);
    out.writeInt(at.line());
    out.writeInt(at.column());
  }

  private static void string(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
