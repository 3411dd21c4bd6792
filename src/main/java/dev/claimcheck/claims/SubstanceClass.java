package dev.claimcheck.claims;

import java.util.List;

/**
 * A class of substances another substance interacts with (opioids, benzodiazepines, alcohol, other
 * CNS depressants), with the words that name its members. Immutable.
 *
 * @param id the class id used in substances' {@code interactions}, e.g. {@code alcohol}
 * @param label how messages name the class
 * @param terms lower-case words and phrases naming the class or a member
 */
public record SubstanceClass(String id, String label, List<String> terms, Location location) {
  public SubstanceClass {
    terms = List.copyOf(terms);
  }
}
