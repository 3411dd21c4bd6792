package dev.claimcheck.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Dosing facts about one substance: the names that identify it, the uses it has an approved dose
 * for (none for kratom), whether it is prescription-only, the substance classes it interacts with,
 * dose limits per population, and conversions of household measures. Immutable.
 *
 * @param id UPPER_SNAKE id, stable
 * @param name how messages name it ("kratom")
 * @param concept the concept in concepts.yaml that also names it, if any
 * @param names lower-case names and aliases (the concept's terms count too)
 * @param approvedUses the uses with an approved or officially recommended dose; empty when none
 * @param prescription whether doses are set by a prescriber (self-adjusting them is unsafe)
 * @param interactions ids of the {@link SubstanceClass}es it must not be combined with
 * @param sources where the approval status and interactions are documented
 * @param kind nutrient, herb, drug, unapproved-product, procedure, ... (empty when not stated)
 * @param doseStatus what its dose facts amount to (registry files state it)
 */
public record Substance(
    String id,
    String name,
    Optional<String> concept,
    List<String> names,
    List<String> approvedUses,
    boolean prescription,
    List<String> interactions,
    List<DoseLimit> limits,
    List<UnitConversion> conversions,
    List<Source> sources,
    List<String> examples,
    List<String> counterexamples,
    Location location,
    String kind,
    Optional<DoseStatus> doseStatus) {
  public Substance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(doseStatus, "doseStatus");
    names = List.copyOf(names);
    approvedUses = List.copyOf(approvedUses);
    interactions = List.copyOf(interactions);
    limits = List.copyOf(limits);
    conversions = List.copyOf(conversions);
    sources = List.copyOf(sources);
    examples = List.copyOf(examples);
    counterexamples = List.copyOf(counterexamples);
  }

  /** Whether any use has an approved dose. */
  public boolean hasApprovedUse() {
    return !approvedUses.isEmpty();
  }

  /**
   * Whether some use has an approved dose that covers what readers buy: not for a supplement with
   * trial doses only, whatever its {@code approved} list names (a traditional-use registration, a
   * prescription product of the same compound), nor for what has no safe dose at all.
   */
  public boolean hasApprovedDose() {
    return hasApprovedUse() && doseStatus.filter(d -> d == DoseStatus.STUDIED_DOSES || d == DoseStatus.NO_APPROVED_DOSE
        || d == DoseStatus.NEVER_SWALLOW).isEmpty();
  }

  /** The limits for a population; adult limits stand in when the population has none of its own. */
  public List<DoseLimit> limitsFor(Population population) {
    List<DoseLimit> own = limits.stream().filter(l -> l.population() == population).toList();
    return own.isEmpty() ? limits.stream().filter(l -> l.population() == Population.ADULT).toList() : own;
  }

  /** How much one {@code from} holds, if the database says. */
  public Optional<UnitConversion> conversion(DoseUnit from) {
    return conversions.stream().filter(c -> c.from() == from).findFirst();
  }
}
