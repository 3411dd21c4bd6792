package dev.claimcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a claims-db directory of synthetic claims and concepts that, added with {@code --db} to
 * the shipped database, scales it by a factor: {@code scale - 1} times as many claims, concepts
 * and terms again as the shipped database has. Concept ids and terms are fresh, so the indexes
 * really grow; the shapes copy the shipped database so that growth hits the same code paths:
 *
 * <ul>
 *   <li>about one concept in twelve is a substance with references ("it", "the remedy"), so pronouns
 *       stand for hundreds of substances;
 *   <li>a quarter of the terms start with a common word ("high", "the", "blood"), so first-word
 *       buckets get long;
 *   <li>half the claims require a shipped concept (RELIEVE, PAIN, ...) next to fresh ones, and one in
 *       ten is about kratom, so the claim lists of common concepts get long too;
 *   <li>substances with dosing facts and substance classes (for the dosing check) grow alike, named
 *       by the terms of synthetic substance concepts and by fresh words.
 * </ul>
 *
 * Deterministic for a seed.
 */
final class SyntheticDatabase {
  /** The shipped database's size, which one "scale unit" reproduces. */
  record Shape(int claims, int concepts, int terms, int substances, int classes, int classTerms) {}

  private static final List<String> COMMON_FIRST_WORDS = List.of(
      "high", "low", "daily", "the", "chronic", "natural", "blood", "liver", "raw", "pure", "red", "green",
      "herbal", "oral", "acute", "mild", "severe", "brain", "sleep", "muscle");

  private static final List<String> REFERENCE_POOL = List.of(
      "it", "its", "this herb", "the herb", "this supplement", "the supplement", "the remedy", "this remedy",
      "the tincture", "the capsules", "this product", "the extract", "the plant");

  /** Shipped concepts that synthetic claims combine with fresh ones (common in health text). */
  private static final List<String> SHIPPED_EFFECTS = List.of(
      "RELIEVE", "PAIN", "WITHDRAWAL", "ANXIETY_MOOD", "DEPENDENCE", "SAFE", "NATURAL", "HARM_RISK",
      "ENERGY", "CRAVING", "COMMON_SIDE_EFFECT", "EVIDENCE");

  private static final List<String> RATINGS = List.of("supported", "contested", "unsupported");
  private static final List<String> KINDS = List.of("benefit", "safety", "mechanism", "harm", "regulatory");

  private final Random random;
  private final Shape shipped;

  SyntheticDatabase(long seed, Shape shipped) {
    this.random = new Random(seed);
    this.shipped = shipped;
  }

  /**
   * Writes {@code concepts.yaml} and topic files into {@code dir} for a database {@code scale}
   * times the shipped one (scale 1 writes nothing).
   */
  void write(Path dir, int scale) {
    int copies = scale - 1;
    int conceptCount = shipped.concepts() * copies;
    int claimCount = shipped.claims() * copies;
    int termsPerConcept = Math.max(1, Math.round((float) shipped.terms() / shipped.concepts()));
    try {
      Files.createDirectories(dir);
      List<String> substances = new ArrayList<>();
      List<String> effects = new ArrayList<>();
      StringBuilder concepts = new StringBuilder("concepts:\n");
      int wordCursor = 0;
      for (int c = 1; c <= conceptCount; c++) {
        String id = String.format("SYN_C%06d", c);
        boolean substance = c % 12 == 1;
        (substance ? substances : effects).add(id);
        Set<String> terms = new LinkedHashSet<>();
        while (terms.size() < termsPerConcept) {
          terms.add(term(wordCursor++));
        }
        concepts.append("  ").append(id).append(":\n    terms: [").append(String.join(", ", terms)).append("]\n");
        if (substance) {
          concepts.append("    references: [").append(String.join(", ", references())).append("]\n");
        }
      }
      write(dir.resolve("concepts.yaml"), concepts);
      write(dir.resolve("substances.yaml"), substances(copies, substances));
      int perFile = 50;
      for (int start = 0; start < claimCount; start += perFile) {
        String subject = substances.get((start / perFile) % substances.size());
        StringBuilder topic = new StringBuilder();
        String name = String.format("synthetic-%04d", start / perFile + 1);
        topic.append("topic: ").append(name).append("\nsubject: ").append(subject).append("\nclaims:\n");
        for (int i = start; i < Math.min(claimCount, start + perFile); i++) {
          claim(topic, i + 1, subject, effects);
        }
        write(dir.resolve(name + ".yaml"), topic);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void claim(StringBuilder out, int n, String subject, List<String> effects) {
    // One claim in ten is about kratom; the rest about the topic's synthetic substance.
    String about = n % 10 == 0 ? "KRATOM" : subject;
    List<String> all = new ArrayList<>(List.of(about, pick(effects)));
    if (random.nextBoolean()) {
      all.add(pick(SHIPPED_EFFECTS));
    }
    List<String> any = random.nextInt(3) == 0 ? List.of(pick(effects)) : List.of();
    List<String> none = random.nextInt(2) == 0 ? List.of(pick(SHIPPED_EFFECTS)) : List.of();
    String id = String.format("SYN_CLAIM_%06d", n);
    out.append("  - id: ").append(id).append('\n')
        .append("    claim: Synthetic claim ").append(n).append(" about ").append(about.toLowerCase(Locale.ROOT)).append(".\n")
        .append("    rating: ").append(pick(RATINGS)).append('\n')
        .append("    kind: ").append(pick(KINDS)).append('\n')
        .append("    verdict: Generated for the benchmark; not a real claim.\n")
        .append("    sources:\n      - title: \"Benchmark source ").append(n).append("\"\n")
        .append("        url: https://example.org/bench/").append(n).append('\n')
        .append("    match:\n      all: ").append(all).append("\n      any: ").append(any)
        .append("\n      negated: []\n      none: ").append(none).append('\n')
        .append("    examples: [\"Example one.\", \"Example two.\", \"Example three.\"]\n")
        .append("    counterexamples: [\"Counterexample one.\", \"Counterexample two.\"]\n");
  }

  /** Dosing facts for synthetic substances (named by their concepts) and synthetic classes. */
  private CharSequence substances(int copies, List<String> substanceConcepts) {
    StringBuilder out = new StringBuilder("classes:\n");
    int classCount = shipped.classes() * copies;
    int termsPerClass = Math.max(1, Math.round((float) shipped.classTerms() / Math.max(1, shipped.classes())));
    for (int c = 1; c <= classCount; c++) {
      Set<String> terms = new LinkedHashSet<>();
      while (terms.size() < termsPerClass) {
        terms.add(PseudoWords.word(random.nextInt(PseudoWords.count())));
      }
      out.append(String.format("  syn-class-%05d:%n    label: synthetic class %d%n    terms: [%s]%n", c, c, String.join(", ", terms)));
    }
    out.append("substances:\n");
    int substanceCount = shipped.substances() * copies;
    for (int n = 1; n <= substanceCount; n++) {
      String concept = substanceConcepts.get((n - 1) % substanceConcepts.size());
      String interactsWith = classCount == 0 ? "opioids" : String.format("opioids, syn-class-%05d", 1 + random.nextInt(classCount));
      out.append(String.format("  SYN_S%06d:%n    name: synthetic substance %d%n    concept: %s%n    approved: []%n"
          + "    prescription: false%n    interactions: [%s]%n    sources:%n      - title: \"Benchmark source %d\"%n"
          + "        url: https://example.org/bench/substance/%d%n", n, n, concept, interactsWith, n, n));
    }
    return out;
  }

  /** Term {@code k}: a made-up word, two of them, or a common word and a made-up one. */
  private String term(int k) {
    String word = PseudoWords.word(k % PseudoWords.count());
    return switch (random.nextInt(4)) {
      case 0 -> pick(COMMON_FIRST_WORDS) + " " + word;
      case 1 -> word + " " + PseudoWords.word(random.nextInt(PseudoWords.count()));
      default -> word;
    };
  }

  private List<String> references() {
    Set<String> refs = new LinkedHashSet<>();
    int n = 3 + random.nextInt(4);
    while (refs.size() < n) {
      refs.add(pick(REFERENCE_POOL));
    }
    return new ArrayList<>(refs);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static void write(Path file, CharSequence text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
